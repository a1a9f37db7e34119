import { useState } from 'react'
import { Link } from 'react-router'
import { Anchor, Button, ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/confirm/form-dialog'
import { DetachVmdks } from '../../../components/recovery'
import { notifySuccess } from '../../../components/notify/notify'
import { QueryState } from '../../../components/query-state/query-state'
import { MountStateBadge } from '../../../components/status-badge'
import { FoldedDetails, Labelled } from '../../../components/table-room/folded-details'
import { useTableRoom } from '../../../components/table-room/table-room'
import { formatApplianceTime, formatDuration } from '../../../lib/format/date-time'
import { routes } from '../../../lib/routes'
import type { AttachedRow, AttachTarget } from '../model/attached-rows'
import { parseTimeMs } from '../../../api/resources'

interface AttachedSectionProps {
  query: { data: AttachedRow[] | undefined; error: unknown; isPending: boolean; refetch: () => unknown }
  now: number
  thresholdDays: number
}

const DAY = 86_400_000

/**
 * Disks attached to VMs from backups (W9) that are still attached: which VM, which disk from which backup, since
 * when, the job; Detach opens the shared detach flow (W10) for that VM. Below a laptop's width the backup and
 * the job fold under the disk; on a phone every column folds under the VM.
 */
export function AttachedSection({ query, now, thresholdDays }: AttachedSectionProps) {
  const { t } = useTranslation('mounts')
  const [detaching, setDetaching] = useState<AttachTarget | null>(null)
  const { atLeast } = useTableRoom()
  const laptop = atLeast('laptop')
  const phone = !atLeast('narrow')
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('attached.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('attached.description')}
      </Text>
      <QueryState
        query={query}
        errorContext={t('attached.loadFailed')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('attached.empty')}
      >
        {(rows) => (
          <ScrollArea type="auto" tabIndex={0} aria-label={t('attached.scroll')}>
            <Table
              highlightOnHover
              verticalSpacing="xs"
              miw={laptop ? 860 : undefined}
              aria-label={t('attached.label')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attached.vm')}</Table.Th>
                  {!phone && <Table.Th>{t('attached.disk')}</Table.Th>}
                  {!phone && <Table.Th>{t('table.state')}</Table.Th>}
                  {laptop && <Table.Th>{t('attached.backup')}</Table.Th>}
                  {!phone && <Table.Th>{t('attached.since')}</Table.Th>}
                  {laptop && <Table.Th>{t('attached.job')}</Table.Th>}
                  {!phone && <Table.Th>{t('table.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const sinceMs = row.since ? parseTimeMs(row.since) : Number.NaN
                  const age = Number.isNaN(sinceMs) ? null : Math.max(0, now - sinceMs)
                  const leftover = age !== null && age > thresholdDays * DAY
                  const disk = (
                    <Stack gap={0}>
                      <Text size="sm">{row.disk.diskName ?? row.disk.vmdkPath}</Text>
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                        {row.disk.vmdkPath}
                      </Text>
                    </Stack>
                  )
                  const badge = <MountStateBadge state={leftover ? 'LEFTOVER' : 'MOUNTED'} />
                  const since = row.since ? (
                    <Stack gap={0}>
                      <Text size="sm">{formatApplianceTime(row.since, { withZone: true })}</Text>
                      <Text size="xs" c={leftover ? undefined : 'dimmed'} fw={leftover ? 600 : undefined}>
                        {t('table.for', { duration: formatDuration(age) })}
                      </Text>
                    </Stack>
                  ) : (
                    '—'
                  )
                  const job =
                    row.jobId !== null ? (
                      <Anchor component={Link} to={routes.jobs.detail.href(row.jobId)} size="sm">
                        {t('table.jobLink', { id: row.jobId })}
                      </Anchor>
                    ) : (
                      <Text size="xs" c="dimmed" span={!laptop}>
                        {t('table.noJob')}
                      </Text>
                    )
                  const action = (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('attached.detachLabel', { vm: row.vm.name })}
                      onClick={() => setDetaching(row.vm)}
                    >
                      {t('attached.detach')}
                    </Button>
                  )
                  const folded = [
                    !laptop && <Labelled label={t('attached.backup')}>{row.backupId ?? '—'}</Labelled>,
                    !laptop && <Labelled label={t('attached.job')}>{job}</Labelled>,
                  ]
                  return (
                    <Table.Tr
                      key={`${row.vm.moref} ${row.disk.vmdkPath}`}
                      aria-label={t('attached.row', { disk: row.disk.vmdkPath, vm: row.vm.name })}
                      style={
                        leftover ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-yellow-5)' } : undefined
                      }
                    >
                      <Table.Td style={{ overflowWrap: 'break-word' }}>
                        {row.vm.name}
                        {phone && (
                          <>
                            {disk}
                            <FoldedDetails
                              lines={[
                                badge,
                                row.since && (
                                  <Labelled label={t('attached.since')}>
                                    {formatApplianceTime(row.since, { withZone: true })} ·{' '}
                                    <Text span inherit fw={leftover ? 600 : undefined}>
                                      {t('table.for', { duration: formatDuration(age) })}
                                    </Text>
                                  </Labelled>
                                ),
                                ...folded,
                                action,
                              ]}
                            />
                          </>
                        )}
                      </Table.Td>
                      {!phone && (
                        <Table.Td>
                          {disk}
                          <FoldedDetails lines={folded} />
                        </Table.Td>
                      )}
                      {!phone && <Table.Td>{badge}</Table.Td>}
                      {laptop && <Table.Td>{row.backupId ?? '—'}</Table.Td>}
                      {!phone && <Table.Td>{since}</Table.Td>}
                      {laptop && <Table.Td>{job}</Table.Td>}
                      {!phone && <Table.Td>{action}</Table.Td>}
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </QueryState>
      <FormDialog
        opened={detaching !== null}
        onClose={() => setDetaching(null)}
        title={t('attached.dialogTitle', { vm: detaching?.name ?? '' })}
        size="lg"
      >
        {detaching && (
          <DetachVmdks
            vm={detaching}
            onDetached={(result) => {
              notifySuccess(t, {
                title: t('attached.startedTitle', { vm: detaching.name }),
                message: result.jobId
                  ? t('attached.startedJob', { id: result.jobId })
                  : (result.message ?? undefined),
              })
              setDetaching(null)
            }}
          />
        )}
      </FormDialog>
    </Stack>
  )
}
