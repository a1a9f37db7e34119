import { Badge, Box, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconCornerDownRight } from '@tabler/icons-react'
import { DataTable, type DataTableSortStatus } from 'mantine-datatable'
import { useTranslation } from 'react-i18next'
import { RowActionsMenu } from '../../../components/row-actions/row-actions-menu'
import { useTableRoom } from '../../../components/table-room/table-room'
import { FoldedDetails } from '../../../components/table-room/folded-details'
import {
  isCluster,
  userNameCell,
  type SortDirection,
  type StorageRow,
  type StorageSortKey,
  type StorageSystem,
} from '../model/storage-rows'

export interface StorageRowActions {
  onEdit?: (system: StorageSystem) => void
  onRename?: (system: StorageSystem) => void
  onDelete?: (system: StorageSystem) => void
}

interface StorageSystemsTableProps extends StorageRowActions {
  rows: StorageRow[]
  sort: StorageSortKey
  direction: SortDirection
  onSortChange: (sort: StorageSortKey, direction: SortDirection) => void
  noRecordsText: string
}

/** The storage systems as SCV lists them, SVMs indented under their cluster. Actions hidden when not offered. */
export function StorageSystemsTable({
  rows,
  sort,
  direction,
  onSortChange,
  noRecordsText,
  onEdit,
  onRename,
  onDelete,
}: StorageSystemsTableProps) {
  const { t } = useTranslation('storage-systems')
  const sortStatus: DataTableSortStatus<StorageRow> = { columnAccessor: sort, direction }
  const hasActions = Boolean(onEdit ?? onRename ?? onDelete)
  // Below a wide screen the connection (protocol, port, timeout) folds under the name; below a laptop the
  // user name too; on a phone the display name and type as well.
  const { atLeast } = useTableRoom()
  const wide = atLeast('wide')
  const laptop = atLeast('laptop')
  const phone = !atLeast('narrow')
  const none = t('list.none')
  const typeText = (system: StorageSystem) =>
    isCluster(system) && system.svmCount !== undefined
      ? `${typeLabel(system, t)} · ${t('list.type.svmCount', { count: system.svmCount })}`
      : typeLabel(system, t)
  const userText = (system: StorageSystem) => {
    const cell = userNameCell(system)
    if (cell.kind === 'certificate') return t('list.notApplicable')
    if (cell.kind === 'implicit') return none
    return cell.text
  }

  return (
    <DataTable<StorageRow>
      aria-label={t('list.label')}
      withTableBorder
      borderRadius="sm"
      highlightOnHover
      minHeight={rows.length === 0 ? 160 : undefined}
      noRecordsText={noRecordsText}
      idAccessor={(row) => row.system.name}
      records={rows}
      sortStatus={sortStatus}
      onSortStatusChange={(status) => onSortChange(status.columnAccessor as StorageSortKey, status.direction)}
      columns={[
        {
          accessor: 'name',
          title: t('list.columns.name'),
          sortable: true,
          render: ({ system, depth, cluster }) => (
            <Box pl={depth === 1 ? 'md' : 0}>
              <Group gap={6} wrap="wrap">
                {depth === 1 && <IconCornerDownRight size={14} aria-hidden />}
                <Text size="sm" fw={depth === 0 ? 500 : 400} style={{ overflowWrap: 'anywhere' }}>
                  {system.name}
                </Text>
                {depth === 1 && cluster && (
                  <VisuallyHidden>
                    {t('list.svmOf', { cluster: cluster.displayName ?? cluster.name })}
                  </VisuallyHidden>
                )}
                {system.implicit && (
                  <Tooltip label={t('list.implicitHint')}>
                    <Badge size="xs" variant="light" color="gray" tabIndex={0} style={{ flexShrink: 0 }}>
                      {t('list.implicit')}
                    </Badge>
                  </Tooltip>
                )}
              </Group>
              <FoldedDetails
                lines={[
                  phone && system.displayName,
                  phone && typeText(system),
                  !wide &&
                    t('list.folded.connection', {
                      protocol: system.protocol ?? none,
                      port: system.port ?? none,
                      timeout: system.timeout ?? none,
                    }),
                  !laptop && t('list.folded.user', { user: userText(system) }),
                ]}
              />
            </Box>
          ),
        },
        {
          accessor: 'displayName',
          title: t('list.columns.displayName'),
          sortable: true,
          hidden: phone,
          render: ({ system }) => system.displayName ?? t('list.none'),
        },
        {
          accessor: 'type',
          title: t('list.columns.type'),
          sortable: true,
          hidden: phone,
          render: ({ system }) => typeText(system),
        },
        {
          accessor: 'protocol',
          title: t('list.columns.protocol'),
          sortable: true,
          hidden: !wide,
          render: ({ system }) => system.protocol ?? t('list.none'),
        },
        {
          accessor: 'port',
          title: t('list.columns.port'),
          sortable: true,
          textAlign: 'right',
          hidden: !wide,
          render: ({ system }) => system.port ?? t('list.none'),
        },
        {
          accessor: 'username',
          title: t('list.columns.username'),
          sortable: true,
          hidden: !laptop,
          render: ({ system }) => userText(system),
        },
        {
          accessor: 'timeout',
          title: t('list.columns.timeout'),
          sortable: true,
          textAlign: 'right',
          hidden: !wide,
          render: ({ system }) => system.timeout ?? t('list.none'),
        },
        {
          accessor: 'actions',
          title: t('list.columns.actions'),
          textAlign: 'right',
          hidden: !hasActions,
          render: ({ system }) => (
            <RowActionsMenu
              label={t('list.actionsFor', { name: system.name })}
              actions={[
                onEdit && { label: t('list.edit'), onClick: () => onEdit(system) },
                onRename && { label: t('list.rename'), onClick: () => onRename(system) },
                onDelete && { label: t('list.delete'), onClick: () => onDelete(system), danger: true },
              ]}
            />
          ),
        },
      ]}
    />
  )
}

function typeLabel(system: StorageSystem, t: (key: string) => string): string {
  return system.type === 'ONTAP_CLUSTER' || system.type === 'ONTAP_SVM'
    ? t(`list.type.${system.type}`)
    : system.type
}
