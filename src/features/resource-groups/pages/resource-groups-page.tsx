import { Anchor, Button, Group, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconPlus } from '@tabler/icons-react'
import { DataTable } from 'mantine-datatable'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { jobQueries, resourceGroupQueries } from '../../../api/resources'
import { BackupNowButton } from '../components/backup-now-button'
import { ApplianceTime } from '../components/appliance-time'
import { LastRunBadge, ResourceGroupStatusBadge } from '../../../components/status-badge'
import { ListFilter, ListToolbar } from '../../../components/list-toolbar/list-toolbar'
import {
  countNonDefault,
  defaultListParams,
  hasNonDefault,
  useListParams,
} from '../../../lib/url/list-params'
import { useTableRoom } from '../../../components/table-room/table-room'
import { FoldedDetails } from '../../../components/table-room/folded-details'
import {
  applyFilters,
  groupListFields,
  groupType,
  type GroupListFilters,
  type SortColumn,
} from '../model/group-list'

const PAGE_SIZE = 20

/**
 * The resource groups: what each protects, with which policies, how its last backup went and when the next
 * one runs. Filters, sort and page live in the URL; Back up now is on every row.
 */
export function ResourceGroupsPage() {
  const { t } = useTranslation('resource-groups')
  const [filters, setFilters] = useListParams(groupListFields)
  // The job list (kept by the header) tells a group whose only running job is stuck: it is not polled closely.
  const jobs = useQuery(jobQueries.list()).data
  const groups = useQuery(resourceGroupQueries.list({ live: { jobs } }))

  // Any change but paging goes back to page 1.
  const update = (change: Partial<GroupListFilters>) => setFilters({ page: 1, ...change })
  const hasFilters = hasNonDefault(groupListFields, filters, ['q', 'status', 'type', 'lastRun'])
  // Below a wide screen, type, members and next run fold under the name and the last run; below a laptop,
  // the policies too; on a phone, the status and the actions join the name, so nothing sits past the edge.
  const { atLeast } = useTableRoom()
  const wide = atLeast('wide')
  const laptop = atLeast('laptop')
  const phone = !atLeast('narrow')
  const policiesOf = (group: ResourceGroup) =>
    group.policies && group.policies.length > 0
      ? group.policies.map((policy) => policy.name ?? `#${policy.id}`).join(', ')
      : t('list.noPolicy')
  const actionsOf = (group: ResourceGroup) => (
    <Group gap={4} justify={phone ? 'flex-start' : 'flex-end'} wrap={wide ? 'nowrap' : 'wrap'}>
      <BackupNowButton group={group} size="compact-sm" variant="default" />
      <Button
        size="compact-sm"
        variant="default"
        component={Link}
        to={routes.resourceGroups.edit.href(group.id)}
        aria-label={t('list.editFor', { name: group.name })}
      >
        {t('common:actions.edit')}
      </Button>
    </Group>
  )

  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <Button
            component={Link}
            to={routes.resourceGroups.create.href()}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('list.create')}
          </Button>
        }
      />
      <ListToolbar
        label={t('list.filters')}
        search={{
          label: t('list.search'),
          placeholder: t('list.searchPlaceholder'),
          value: filters.q,
          onChange: (q) => update({ q }),
        }}
        onClear={hasFilters ? () => setFilters(defaultListParams(groupListFields)) : undefined}
        activeFilters={countNonDefault(groupListFields, filters, ['status', 'type', 'lastRun'])}
      >
        <ListFilter
          label={t('list.columns.status')}
          anyLabel={t('list.any')}
          value={filters.status}
          onChange={(status) => update({ status })}
          options={['PRODUCTION', 'UNDER_MAINTENANCE'].map((value) => ({
            value,
            label: t(`status-badge:group.${value}`),
          }))}
        />
        <ListFilter
          label={t('list.columns.type')}
          anyLabel={t('list.any')}
          value={filters.type}
          onChange={(type) => update({ type })}
          options={['VIRTUAL_MACHINES', 'DATASTORES'].map((value) => ({ value, label: t(`scope.${value}`) }))}
        />
        <ListFilter
          label={t('list.columns.lastRun')}
          anyLabel={t('list.any')}
          value={filters.lastRun}
          onChange={(lastRun) => update({ lastRun })}
          options={['SUCCESSFUL', 'WARNING', 'FAILED', 'RUNNING', 'NEVER'].map((value) => ({
            value,
            label: value === 'NEVER' ? t('status-badge:lastRun.never') : t(`status-badge:job.${value}`),
          }))}
        />
      </ListToolbar>
      <QueryState
        query={groups}
        errorContext={t('list.loadFailed')}
        isEmpty={(data) => data.response.resourceGroupResponseList.length === 0}
        empty={t('list.empty')}
      >
        {(data) => {
          const rows = applyFilters(data.response.resourceGroupResponseList, filters)
          const lastPage = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
          const page = Math.min(filters.page, lastPage)
          const pageRows = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
          return (
            <Stack gap="xs">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('list.count', {
                  shown: rows.length,
                  total: data.response.resourceGroupResponseList.length,
                })}
              </Text>
              <DataTable<ResourceGroup>
                aria-label={t('list.tableLabel')}
                withTableBorder
                highlightOnHover
                minHeight={rows.length === 0 ? 160 : undefined}
                idAccessor="id"
                records={pageRows}
                noRecordsText={t('list.noMatch')}
                sortStatus={{ columnAccessor: filters.sort, direction: filters.dir }}
                onSortStatusChange={(status) =>
                  update({ sort: status.columnAccessor as SortColumn, dir: status.direction })
                }
                totalRecords={rows.length}
                recordsPerPage={PAGE_SIZE}
                page={page}
                onPageChange={(next) => setFilters({ page: next })}
                paginationText={({ from, to, totalRecords }) =>
                  t('list.pagination', { from, to, total: totalRecords })
                }
                columns={[
                  {
                    accessor: 'name',
                    title: t('list.columns.name'),
                    sortable: true,
                    render: (group) => (
                      <>
                        <Anchor
                          component={Link}
                          to={routes.resourceGroups.detail.href(group.id)}
                          fw={500}
                          style={{ overflowWrap: 'anywhere' }}
                        >
                          {group.name}
                        </Anchor>
                        <FoldedDetails
                          lines={[
                            phone && <ResourceGroupStatusBadge status={group.status} />,
                            !wide &&
                              t('list.typeAndMembers', {
                                type: t(`scope.${groupType(group)}`),
                                count: group.entities?.length ?? 0,
                              }),
                            !laptop && policiesOf(group),
                            phone && actionsOf(group),
                          ]}
                        />
                      </>
                    ),
                  },
                  {
                    accessor: 'status',
                    title: t('list.columns.status'),
                    sortable: true,
                    hidden: phone,
                    render: (group) => <ResourceGroupStatusBadge status={group.status} />,
                  },
                  {
                    accessor: 'type',
                    title: t('list.columns.type'),
                    sortable: true,
                    hidden: !wide,
                    render: (group) => t(`scope.${groupType(group)}`),
                  },
                  {
                    accessor: 'members',
                    title: t('list.columns.members'),
                    sortable: true,
                    textAlign: 'right',
                    hidden: !wide,
                    render: (group) => group.entities?.length ?? 0,
                  },
                  {
                    accessor: 'policies',
                    title: t('list.columns.policies'),
                    hidden: !laptop,
                    render: policiesOf,
                  },
                  {
                    accessor: 'lastRunTime',
                    title: t('list.columns.lastRun'),
                    sortable: true,
                    render: (group) => (
                      <>
                        <Group gap={6} wrap={wide ? 'nowrap' : 'wrap'}>
                          <LastRunBadge status={group.lastRunStatus} />
                          {group.lastRunTime && (
                            <Text size="xs" c="dimmed" component="span">
                              <ApplianceTime iso={group.lastRunTime} />
                            </Text>
                          )}
                        </Group>
                        <FoldedDetails
                          lines={[
                            !wide && group.nextRunTime && (
                              <>
                                {t('list.nextRunFolded')} <ApplianceTime iso={group.nextRunTime} />
                              </>
                            ),
                          ]}
                        />
                      </>
                    ),
                  },
                  {
                    accessor: 'nextRunTime',
                    title: t('list.columns.nextRun'),
                    sortable: true,
                    hidden: !wide,
                    render: (group) => <ApplianceTime iso={group.nextRunTime} />,
                  },
                  {
                    accessor: 'actions',
                    title: t('list.columns.actions'),
                    textAlign: 'right',
                    hidden: phone,
                    render: actionsOf,
                  },
                ]}
              />
              <Text size="xs" c="dimmed">
                {t('list.timesNote')}
              </Text>
            </Stack>
          )
        }}
      </QueryState>
    </Stack>
  )
}
