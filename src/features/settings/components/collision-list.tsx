import { Alert, List, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatInZone, clockTime } from '../../../lib/time/format-in-zone'
import type { TimeZone } from '../../../lib/time/zone'
import type { Collision } from '../model/planner'

/** Collisions grouped by who meets: "Schedule-DatabaseDump with RG_A, RG_B — 7 times, at 01:00". */
function groupCollisions(collisions: readonly Collision[], zone: TimeZone) {
  const groups = new Map<
    string,
    { names: string[]; builtIns: string[]; times: Set<string>; first: number; count: number }
  >()
  for (const collision of collisions) {
    const builtIns = [
      ...new Set(collision.runs.filter((r) => r.kind === 'builtin').map((r) => r.label)),
    ].sort()
    const names = [...new Set(collision.runs.filter((r) => r.kind === 'backup').map((r) => r.label))].sort()
    const key = [...builtIns, '|', ...names].join(',')
    const entry = groups.get(key) ?? {
      names,
      builtIns,
      times: new Set<string>(),
      first: collision.at,
      count: 0,
    }
    entry.count += 1
    entry.times.add(clockTime(collision.at, zone))
    groups.set(key, entry)
  }
  // Maintenance collisions first, then the most frequent.
  return [...groups.values()].sort((a, b) => b.builtIns.length - a.builtIns.length || b.count - a.count)
}

/** The week's collisions in words, so the outlined cells are not the only way to find them. */
export function CollisionList({ collisions, zone }: { collisions: readonly Collision[]; zone: TimeZone }) {
  const { t, i18n } = useTranslation('settings')
  if (collisions.length === 0) return <Text size="sm">{t('planner.noCollisions')}</Text>
  const grouped = groupCollisions(collisions, zone)
  return (
    <Alert
      color="orange"
      variant="default"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('planner.collisionsTitle', { count: collisions.length })}
    >
      <List size="sm" spacing={4}>
        {grouped.map((entry) => {
          const times = [...entry.times]
          const at = times.length > 4 ? t('planner.manyTimes', { count: times.length }) : times.join(', ')
          const who = entry.builtIns.length
            ? t('planner.collisionMaintenance', {
                tasks: entry.builtIns.join(', '),
                groups: entry.names.join(', ') || '—',
              })
            : t('planner.collisionBackups', { count: entry.names.length, groups: entry.names.join(', ') })
          return (
            <List.Item key={[...entry.builtIns, ...entry.names].join(',')}>
              {who}{' '}
              {t('planner.collisionWhen', {
                count: entry.count,
                at,
                first: formatInZone(entry.first, zone, i18n.language),
              })}
            </List.Item>
          )
        })}
      </List>
      <Text size="xs" mt="xs">
        {t('planner.collisionRule')}
      </Text>
    </Alert>
  )
}
