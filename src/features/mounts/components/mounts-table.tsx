import { Link } from 'react-router'
import { Anchor, Button, Checkbox, Group, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MountStateBadge } from '../../../components/status-badge'
import { FoldedDetails, Labelled } from '../../../components/table-room/folded-details'
import { useTableRoom } from '../../../components/table-room/table-room'
import { formatApplianceTime, formatDuration } from '../../../lib/format/date-time'
import { routes } from '../../../lib/routes'
import {
  isLeftover,
  mountedFor,
  rowKey,
  type MountedRow,
  type MountRow,
  type StaleRow,
} from '../model/mount-rows'

interface MountsTableProps {
  rows: MountRow[]
  now: number
  thresholdDays: number
  selected: ReadonlySet<string>
  onSelect: (moref: string, on: boolean) => void
  onSelectAll: (on: boolean) => void
  onUnmount: (row: MountedRow) => void
  onCleanup: (row: StaleRow) => void
}

/**
 * Every mounted datastore and every stale mount, one row each: what it is a backup of, when the backup was
 * taken, where and since when it is mounted, and the job that mounted it. Leftovers say so in words and colour.
 * Below a laptop's width the source, host and job fold under the datastore's name; on a phone every column
 * does, the action included, so nothing sits past the edge.
 */
export function MountsTable({
  rows,
  now,
  thresholdDays,
  selected,
  onSelect,
  onSelectAll,
  onUnmount,
  onCleanup,
}: MountsTableProps) {
  const { t } = useTranslation('mounts')
  const selectable = rows.filter((row): row is MountedRow => row.kind === 'mounted')
  const allOn = selectable.length > 0 && selectable.every((row) => selected.has(row.moref))
  const someOn = selectable.some((row) => selected.has(row.moref))
  const { atLeast } = useTableRoom()
  const laptop = atLeast('laptop')
  const phone = !atLeast('narrow')
  return (
    <ScrollArea type="auto" tabIndex={0} aria-label={t('table.scroll')}>
      <Table
        highlightOnHover
        verticalSpacing="xs"
        miw={laptop ? 960 : undefined}
        aria-label={t('table.label')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('table.selectAll')}
                checked={allOn}
                indeterminate={someOn && !allOn}
                disabled={selectable.length === 0}
                onChange={(event) => onSelectAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>{t('table.datastore')}</Table.Th>
            {!phone && <Table.Th>{t('table.state')}</Table.Th>}
            {laptop && <Table.Th>{t('table.source')}</Table.Th>}
            {!phone && <Table.Th>{t('table.backup')}</Table.Th>}
            {laptop && <Table.Th>{t('table.host')}</Table.Th>}
            {!phone && <Table.Th>{t('table.since')}</Table.Th>}
            {laptop && <Table.Th>{t('table.job')}</Table.Th>}
            {!phone && <Table.Th>{t('table.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const leftover = isLeftover(row, now, thresholdDays)
            const state = row.kind === 'stale' ? 'STALE' : leftover ? 'LEFTOVER' : 'MOUNTED'
            const badge = <MountStateBadge state={state} />
            const host = row.kind === 'mounted' ? row.host || '—' : '—'
            const backup = (
              <Stack gap={0}>
                <Text size="sm">{row.backupName}</Text>
                <Text size="xs" c="dimmed">
                  {formatApplianceTime(row.backupTime, { withZone: true })}
                </Text>
              </Stack>
            )
            const since =
              row.kind === 'mounted' && row.mountedTime ? (
                <Stack gap={0}>
                  <Text size="sm">{formatApplianceTime(row.mountedTime, { withZone: true })}</Text>
                  <Text size="xs" c={leftover ? undefined : 'dimmed'} fw={leftover ? 600 : undefined}>
                    {t('table.for', { duration: formatDuration(mountedFor(row, now)) })}
                  </Text>
                </Stack>
              ) : (
                '—'
              )
            const job =
              row.kind === 'mounted' && row.jobId !== null ? (
                <Anchor component={Link} to={routes.jobs.detail.href(row.jobId)} size="sm">
                  {t('table.jobLink', { id: row.jobId })}
                </Anchor>
              ) : (
                <Text size="xs" c="dimmed" span={!laptop}>
                  {row.kind === 'mounted' ? t('table.noJob') : '—'}
                </Text>
              )
            const action =
              row.kind === 'mounted' ? (
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('table.unmountLabel', { name: row.name })}
                  onClick={() => onUnmount(row)}
                >
                  {t('table.unmount')}
                </Button>
              ) : (
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('table.cleanupLabel', { name: row.backupName })}
                  onClick={() => onCleanup(row)}
                >
                  {t('table.cleanup')}
                </Button>
              )
            return (
              <Table.Tr
                key={rowKey(row)}
                // A stripe, not a background: text on a tinted row falls below 4.5:1 in the dark scheme.
                style={leftover ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-yellow-5)' } : undefined}
                aria-label={row.kind === 'mounted' ? row.name : t('table.staleRow', { name: row.backupName })}
              >
                <Table.Td>
                  {row.kind === 'mounted' && (
                    <Checkbox
                      aria-label={t('table.select', { name: row.name })}
                      checked={selected.has(row.moref)}
                      onChange={(event) => onSelect(row.moref, event.currentTarget.checked)}
                    />
                  )}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'break-word' }}>
                  {row.kind === 'mounted' ? (
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {row.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.moref}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm">{t('table.staleName')}</Text>
                  )}
                  <FoldedDetails
                    lines={[
                      phone && badge,
                      !laptop && <Labelled label={t('table.source')}>{row.source || '—'}</Labelled>,
                      phone && (
                        <Labelled label={t('table.backup')}>
                          {row.backupName} · {formatApplianceTime(row.backupTime, { withZone: true })}
                        </Labelled>
                      ),
                      !laptop && <Labelled label={t('table.host')}>{host}</Labelled>,
                      phone && row.kind === 'mounted' && row.mountedTime && (
                        <Labelled label={t('table.since')}>
                          {formatApplianceTime(row.mountedTime, { withZone: true })} ·{' '}
                          <Text span inherit fw={leftover ? 600 : undefined}>
                            {t('table.for', { duration: formatDuration(mountedFor(row, now)) })}
                          </Text>
                        </Labelled>
                      ),
                      !laptop && <Labelled label={t('table.job')}>{job}</Labelled>,
                      phone && action,
                    ]}
                  />
                </Table.Td>
                {!phone && <Table.Td>{badge}</Table.Td>}
                {laptop && <Table.Td>{row.source || '—'}</Table.Td>}
                {!phone && <Table.Td>{backup}</Table.Td>}
                {laptop && <Table.Td>{host}</Table.Td>}
                {!phone && <Table.Td>{since}</Table.Td>}
                {laptop && <Table.Td>{job}</Table.Td>}
                {!phone && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {action}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )
}
