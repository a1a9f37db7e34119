import type { ReactNode } from 'react'
import { Anchor, Badge, Group, Radio, Stack, Text, VisuallyHidden } from '@mantine/core'
import { DataTable, type DataTableColumn } from 'mantine-datatable'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../api'
import { formatApplianceTime } from '../../lib/format/date-time'
import { BackupStatusBadge } from '../status-badge'
import { applianceZoneOf, BACKUPS_PER_PAGE } from './backup-filters'

interface BackupTableProps {
  /** Already filtered and sorted (see filterBackups). */
  backups: Backup[]
  page: number
  onPageChange: (page: number) => void
  /** Browser mode: the name opens the backup's detail. */
  onOpen?: (backup: Backup) => void
  /** Wizard mode: one backup is chosen with a radio per row. */
  selection?: { selectedId: number | null; onSelect: (backup: Backup) => void; name: string }
  /** Extra actions at the end of each row. */
  rowActions?: (backup: Backup) => ReactNode
  /** Accessible name of the table. */
  label: string
}

function Flag({ value }: { value: boolean | undefined }) {
  const { t } = useTranslation('backup-table')
  return <Text size="sm">{value ? t('yes') : t('no')}</Text>
}

/**
 * A backup list as SCV's Backups view shows it: name, time in the appliance's zone, status, locations,
 * VM-consistent, partial, mounted, VMware snapshot, policy and lock expiry, paged. Used by the backups browser
 * (open a backup) and the restore wizards (choose one).
 */
export function BackupTable({
  backups,
  page,
  onPageChange,
  onOpen,
  selection,
  rowActions,
  label,
}: BackupTableProps) {
  const { t } = useTranslation('backup-table')
  const zone = applianceZoneOf(backups)
  const start = (page - 1) * BACKUPS_PER_PAGE
  const records = backups.slice(start, start + BACKUPS_PER_PAGE)

  const columns: DataTableColumn<Backup>[] = [
    ...(selection
      ? [
          {
            accessor: 'select',
            title: <VisuallyHidden>{t('choose')}</VisuallyHidden>,
            width: 44,
            render: (backup: Backup) => (
              <Radio
                name={selection.name}
                value={String(backup.backupId)}
                checked={selection.selectedId === backup.backupId}
                onChange={() => selection.onSelect(backup)}
                aria-label={t('chooseBackup', { name: backup.backupName, id: backup.backupId })}
              />
            ),
          },
        ]
      : []),
    {
      accessor: 'backupName',
      title: t('column.name'),
      render: (backup) =>
        onOpen ? (
          <Anchor component="button" type="button" size="sm" onClick={() => onOpen(backup)} ta="left">
            {backup.backupName}
          </Anchor>
        ) : (
          <Text size="sm">{backup.backupName}</Text>
        ),
    },
    {
      accessor: 'createdTime',
      title: zone ? t('column.createdIn', { zone }) : t('column.created'),
      render: (backup) => <Text size="sm">{formatApplianceTime(backup.createdTime)}</Text>,
    },
    {
      accessor: 'status',
      title: t('column.status'),
      render: (backup) => <BackupStatusBadge status={backup.status} />,
    },
    {
      accessor: 'locations',
      title: t('column.locations'),
      render: (backup) => (
        <Text size="sm">{backup.locations ? t(`location.${backup.locations}`) : t('unknown')}</Text>
      ),
    },
    {
      accessor: 'vmConsistent',
      title: t('column.vmConsistent'),
      render: (b) => <Flag value={b.vmConsistent} />,
    },
    {
      accessor: 'partial',
      title: t('column.partial'),
      render: (backup) =>
        backup.partial ? (
          <Badge size="sm" color="yellow" autoContrast>
            {t('partial')}
          </Badge>
        ) : (
          <Flag value={false} />
        ),
    },
    { accessor: 'mounted', title: t('column.mounted'), render: (b) => <Flag value={b.mounted} /> },
    {
      accessor: 'hasVmwareSnapshot',
      title: t('column.vmwareSnapshot'),
      render: (b) => <Flag value={b.hasVmwareSnapshot} />,
    },
    {
      accessor: 'policyName',
      title: t('column.policy'),
      render: (backup) => <Text size="sm">{backup.policyName ?? '—'}</Text>,
    },
    {
      accessor: 'primaryLockExpiry',
      title: t('column.lockExpiry'),
      render: (backup) =>
        backup.primaryLockExpiry ? (
          <Stack gap={0}>
            <Text size="sm">{formatApplianceTime(backup.primaryLockExpiry)}</Text>
            {backup.secondaryLockExpiry && (
              <Text size="xs" c="dimmed">
                {t('secondaryLock', { time: formatApplianceTime(backup.secondaryLockExpiry) })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm">{t('notLocked')}</Text>
        ),
    },
    ...(rowActions
      ? [
          {
            accessor: 'actions',
            title: <VisuallyHidden>{t('column.actions')}</VisuallyHidden>,
            textAlign: 'right' as const,
            render: (backup: Backup) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {rowActions(backup)}
              </Group>
            ),
          },
        ]
      : []),
  ]

  // Without a button or link in its rows the table's scroll area would be out of keyboard reach (axe
  // scrollable-region-focusable): then the viewport itself takes the focus, named like the table.
  const readOnly = !onOpen && !selection && !rowActions
  return (
    <DataTable<Backup>
      aria-label={label}
      scrollAreaProps={
        readOnly ? { viewportProps: { tabIndex: 0, role: 'group', 'aria-label': label } } : undefined
      }
      withTableBorder
      striped
      highlightOnHover
      minHeight={backups.length === 0 ? 160 : undefined}
      idAccessor="backupId"
      records={records}
      columns={columns}
      totalRecords={backups.length}
      recordsPerPage={BACKUPS_PER_PAGE}
      page={page}
      onPageChange={onPageChange}
      paginationText={({ from, to, totalRecords }) => t('pagination', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`page.${control}`) })}
      noRecordsText={t('noRecords')}
      rowStyle={(backup) =>
        selection?.selectedId === backup.backupId
          ? { outline: '2px solid var(--mantine-primary-color-filled)' }
          : undefined
      }
      onRowClick={selection ? ({ record }) => selection.onSelect(record) : undefined}
    />
  )
}
