import { useMemo, useState } from 'react'
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { resourceGroupQueries } from '../../../api/resources'
import { scheduleQueries } from '../../../api/resources'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { useApplianceTimeZone } from '../../../lib/appliance/appliance-time-zone'
import { addLocalDays, toLocal, viewerTimeZone, zoneLabel } from '../../../lib/time/zone'
import { ApplianceZonePicker } from '../components/appliance-zone-picker'
import { CollisionList } from '../components/collision-list'
import { PlannerGrid } from '../components/planner-grid'
import { ScheduleViewTabs } from '../components/settings-tabs'
import { findCollisions, mondayOf, placeRuns, plannerRuns, weekRange } from '../model/planner'

const pad = (n: number) => String(n).padStart(2, '0')
const isoDate = (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`

function parseDate(text: string | null) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '')
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null
}

/**
 * `/settings/schedules/planner`: a week of every resource group's backup schedules (per policy) and the
 * built-in maintenance schedules, in the appliance's time or the viewer's, with collisions outlined and
 * listed. The week and the zone are in the URL (`?week=2026-03-02&tz=viewer`).
 */
export function PlannerPage() {
  const { t } = useTranslation('settings')
  const [params, setParams] = useSearchParams()
  const appliance = useApplianceTimeZone()
  const [viewer] = useState(viewerTimeZone)
  const [now] = useState(() => Date.now())
  const inViewer = params.get('tz') === 'viewer'
  const zone = inViewer ? viewer : appliance.zone
  const monday = mondayOf(parseDate(params.get('week')) ?? toLocal(now, zone))
  const groups = useQuery(resourceGroupQueries.list())
  const schedules = useQuery(scheduleQueries.list())
  const setParam = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })

  const groupList = groups.data?.response.resourceGroupResponseList
  const builtIns = schedules.data?.response.scheduleResponseList
  const mondayKey = isoDate(monday)
  const week = useMemo(() => {
    if (!groupList || !builtIns) return null
    const range = weekRange(monday, zone)
    const runs = plannerRuns({ groups: groupList, builtIns, applianceZone: appliance.zone, ...range })
    const collisions = findCollisions(runs)
    return {
      days: placeRuns(runs, monday, zone),
      collisions,
      colliding: new Set(collisions.flatMap((c) => c.runs)),
      backups: runs.filter((r) => r.kind === 'backup').length,
    }
    // `monday` is derived from mondayKey; the key keeps the memo stable across renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groupList, builtIns, mondayKey, zone, appliance.zone])

  return (
    <>
      <PageHeader title={t('schedules.title')} description={t('planner.description')} />
      <ScheduleViewTabs active="planner" />
      <Stack gap="md">
        <Group align="flex-end" gap="lg" wrap="wrap">
          <ApplianceZonePicker appliance={appliance} />
          <div>
            <Text size="sm" fw={500} id="planner-zone-label" mb={4}>
              {t('planner.showIn')}
            </Text>
            <SegmentedControl
              aria-labelledby="planner-zone-label"
              value={inViewer ? 'viewer' : 'appliance'}
              onChange={(value) => setParam('tz', value === 'viewer' ? 'viewer' : null)}
              data={[
                {
                  value: 'appliance',
                  label: t('planner.applianceTime', { zone: zoneLabel(appliance.zone) }),
                },
                { value: 'viewer', label: t('planner.viewerTime', { zone: zoneLabel(viewer) }) },
              ]}
            />
          </div>
          <Group gap={4}>
            <Button
              variant="default"
              leftSection={<IconChevronLeft size={16} aria-hidden />}
              onClick={() =>
                setParam('week', isoDate(addLocalDays({ ...monday, hour: 0, minute: 0, second: 0 }, -7)))
              }
            >
              {t('planner.previous')}
            </Button>
            <Button variant="default" onClick={() => setParam('week', null)}>
              {t('planner.thisWeek')}
            </Button>
            <Button
              variant="default"
              rightSection={<IconChevronRight size={16} aria-hidden />}
              onClick={() =>
                setParam('week', isoDate(addLocalDays({ ...monday, hour: 0, minute: 0, second: 0 }, 7)))
              }
            >
              {t('planner.next')}
            </Button>
          </Group>
        </Group>
        <QueryState query={groups} errorContext={t('planner.groupsError')}>
          {() => (
            <QueryState query={schedules} errorContext={t('schedules.loadError')}>
              {() =>
                week && (
                  <Stack gap="md">
                    <CollisionList collisions={week.collisions} zone={zone} />
                    <PlannerGrid
                      days={week.days}
                      zone={zone}
                      colliding={week.colliding}
                      caption={t('planner.caption', {
                        week: mondayKey,
                        zone: zoneLabel(zone),
                        count: week.backups,
                      })}
                    />
                    <Text size="xs" c="dimmed">
                      {t('planner.inference')}
                    </Text>
                  </Stack>
                )
              }
            </QueryState>
          )}
        </QueryState>
      </Stack>
    </>
  )
}
