import { ActionIcon, Group, Text } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { DataTable } from 'mantine-datatable'
import { useTranslation } from 'react-i18next'
import { RowActionsMenu } from '../../../components/row-actions/row-actions-menu'
import { useTableRoom } from '../../../components/table-room/table-room'
import { FoldedDetails } from '../../../components/table-room/folded-details'
import type { SortDirection } from '../../../lib/url/list-params'
import type { Policy } from '../model/policy-form'
import type { PolicySortKey } from '../model/policy-list'
import { PolicyDetail } from './policy-detail'
import { frequencyText, lockText, retentionText } from './policy-text'

/** The yes/no columns, folded into one line of the options that are on when the table is narrow. */
const BOOLEAN_COLUMNS = [
  'vmConsistency',
  'includeIndependentDisks',
  'updateSnapMirror',
  'updateSnapVault',
] as const

interface PoliciesTableProps {
  policies: Policy[]
  sort: PolicySortKey
  direction: SortDirection
  onSortChange: (sort: PolicySortKey, direction: SortDirection) => void
  /** Id of the policy whose details are open. */
  openId: number | null
  onToggle: (policy: Policy) => void
  noRecordsText: string
  onEdit?: (policy: Policy) => void
  onDelete?: (policy: Policy) => void
}

/** The policies with SCV's list columns; a row opens to show every field. */
export function PoliciesTable({
  policies,
  sort,
  direction,
  onSortChange,
  openId,
  onToggle,
  noRecordsText,
  onEdit,
  onDelete,
}: PoliciesTableProps) {
  const { t } = useTranslation('policies')
  const yesNo = (value: boolean | undefined) => t(value ? 'common:boolean.yes' : 'common:boolean.no')
  const hasActions = Boolean(onEdit ?? onDelete)
  // Below a wide screen the four yes/no columns fold into one line under the name (the options that are on);
  // on a phone retention and locking join them. The row's details still show every field.
  const { atLeast } = useTableRoom()
  const wide = atLeast('wide')
  const phone = !atLeast('narrow')
  const optionsOn = (policy: Policy) => {
    const on = BOOLEAN_COLUMNS.filter((key) => policy[key]).map((key) => t(`list.columns.${key}`))
    return on.length > 0 ? on.join(' · ') : t('list.noOptions')
  }
  const lockOf = (policy: Policy) =>
    policy.lockingPeriod?.primary ? lockText(t, policy.lockingPeriod.primary) : t('list.none')

  return (
    <DataTable<Policy>
      aria-label={t('list.label')}
      withTableBorder
      borderRadius="sm"
      highlightOnHover
      minHeight={policies.length === 0 ? 160 : undefined}
      noRecordsText={noRecordsText}
      idAccessor="id"
      records={policies}
      sortStatus={{ columnAccessor: sort, direction }}
      onSortStatusChange={(status) => onSortChange(status.columnAccessor as PolicySortKey, status.direction)}
      rowExpansion={{
        trigger: 'never',
        expanded: { recordIds: openId === null ? [] : [openId], onRecordIdsChange: () => {} },
        content: ({ record }) => <PolicyDetail policy={record} />,
      }}
      columns={[
        {
          accessor: 'name',
          title: t('list.columns.name'),
          sortable: true,
          render: (policy) => {
            const open = policy.id === openId
            return (
              <Group gap={4} wrap="nowrap" align="flex-start">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-expanded={open}
                  aria-label={t(open ? 'list.hideDetails' : 'list.showDetails', { name: policy.name })}
                  onClick={() => onToggle(policy)}
                >
                  {open ? (
                    <IconChevronDown size={16} aria-hidden />
                  ) : (
                    <IconChevronRight size={16} aria-hidden />
                  )}
                </ActionIcon>
                <div>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {policy.name}
                  </Text>
                  <FoldedDetails
                    lines={[
                      phone && `${t('list.columns.retention')}: ${retentionText(t, policy.retention)}`,
                      phone && `${t('list.columns.locking')}: ${lockOf(policy)}`,
                      !wide && optionsOn(policy),
                    ]}
                  />
                </div>
              </Group>
            )
          },
        },
        {
          accessor: 'frequency',
          title: t('list.columns.frequency'),
          sortable: true,
          render: (policy) => frequencyText(t, policy.frequency),
        },
        {
          accessor: 'retention',
          title: t('list.columns.retention'),
          sortable: true,
          hidden: phone,
          render: (policy) => retentionText(t, policy.retention),
        },
        {
          accessor: 'vmConsistency',
          title: t('list.columns.vmConsistency'),
          sortable: true,
          hidden: !wide,
          render: (policy) => yesNo(policy.vmConsistency),
        },
        {
          accessor: 'includeIndependentDisks',
          title: t('list.columns.includeIndependentDisks'),
          sortable: true,
          hidden: !wide,
          render: (policy) => yesNo(policy.includeIndependentDisks),
        },
        {
          accessor: 'updateSnapMirror',
          title: t('list.columns.updateSnapMirror'),
          sortable: true,
          hidden: !wide,
          render: (policy) => yesNo(policy.updateSnapMirror),
        },
        {
          accessor: 'updateSnapVault',
          title: t('list.columns.updateSnapVault'),
          sortable: true,
          hidden: !wide,
          render: (policy) => yesNo(policy.updateSnapVault),
        },
        {
          accessor: 'locking',
          title: t('list.columns.locking'),
          sortable: true,
          hidden: phone,
          render: lockOf,
        },
        {
          accessor: 'actions',
          title: t('list.columns.actions'),
          textAlign: 'right',
          hidden: !hasActions,
          render: (policy) => (
            <RowActionsMenu
              label={t('list.actionsFor', { name: policy.name })}
              actions={[
                onEdit && { label: t('list.edit'), onClick: () => onEdit(policy) },
                onDelete && { label: t('list.delete'), onClick: () => onDelete(policy), danger: true },
              ]}
            />
          ),
        },
      ]}
    />
  )
}
