import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { components } from '../../../api'
import { policyQueries, reportQueries, resourceGroupQueries, useWholeJobList } from '../../../api/resources'
import { QueryState } from '../../../components/query-state/query-state'
import { LastRunBadge } from '../../../components/status-badge'
import { applianceOffsetIn, applianceZoneLabel } from '../../../lib/format/appliance-clock'
import { reportIndexOf } from '../../../lib/jobs/report-index'
import { Plain } from '../components/cells'
import { objectColumns, textColumn, timeColumn } from '../components/columns'
import { ChoiceFilter, FilterRow, GroupFilter, MultiChoiceFilter } from '../components/report-filters'
import { ReportView } from '../components/report-view'
import { formatAge } from '../model/age'
import { combineQueries } from '../../../lib/query/combine-queries'
import { datastoreLastProtection, vmLastProtection, type LastProtectionRow } from '../model/last-protection'
import { listParam, optionalParam } from '../../../lib/url/list-params'
import { filterFields, useReportFilters } from '../model/report-params'
import type { ReportColumn } from '../model/report-table'
import { useZoneText } from '../model/use-zone-text'

type Job = components['schemas']['Job']
type Policy = components['schemas']['Policy']
type ProtectedVm = components['schemas']['ProtectedVm']
type ResourceGroup = components['schemas']['ResourceGroup']
type UnprotectedVm = components['schemas']['UnprotectedVm']

const STATUSES = ['SUCCESSFUL', 'WARNING', 'FAILED', 'NEVER'] as const
const LOCATIONS = ['PRIMARY', 'PRIMARY_AND_SECONDARY'] as const

/** Each VM's newest backup, from the appliance's protected and unprotected VM reports. */
export function VmLastProtectionReport() {
  const { t } = useTranslation('reports')
  const protectedVms = useQuery(reportQueries.protectedVms())
  const unprotectedVms = useQuery(reportQueries.unprotectedVms())
  const policies = useQuery(policyQueries.list())
  const query = combineQueries([protectedVms, unprotectedVms, policies] as const)
  return (
    <QueryState query={query} errorContext={t('errors.lastProtection')}>
      {([found, missing, known]) => (
        <VmRows
          now={Math.max(protectedVms.dataUpdatedAt, unprotectedVms.dataUpdatedAt)}
          protectedVms={found.response.protectedVmResponseList}
          unprotectedVms={missing.response.unprotectedVmResponseList}
          policies={known.response.policyResponseList}
        />
      )}
    </QueryState>
  )
}

/** Each datastore of a datastore group: its group's newest backup job, from the job list. */
export function DatastoreLastProtectionReport() {
  const { t } = useTranslation('reports')
  const groups = useQuery(resourceGroupQueries.list())
  const jobs = useWholeJobList()
  const policies = useQuery(policyQueries.list())
  const query = combineQueries([groups, jobs, policies] as const)
  return (
    <QueryState query={query} errorContext={t('errors.lastProtection')}>
      {([groupList, jobList, known]) => (
        <DatastoreRows
          now={jobs.dataUpdatedAt}
          groups={groupList.response.resourceGroupResponseList}
          jobs={jobList.response.jobResponseList}
          policies={known.response.policyResponseList}
        />
      )}
    </QueryState>
  )
}

/** The VM rows, built once per answer (not on every keystroke in the search box). */
function VmRows(props: {
  now: number
  protectedVms: ProtectedVm[]
  unprotectedVms: UnprotectedVm[]
  policies: Policy[]
}) {
  const { protectedVms, unprotectedVms, policies } = props
  const rows = useMemo(
    () => vmLastProtection(protectedVms, unprotectedVms, policies),
    [protectedVms, unprotectedVms, policies],
  )
  return <LastProtectionView kind="vm" rows={rows} now={props.now} />
}

/** The datastore rows, built once per answer. */
function DatastoreRows(props: { now: number; groups: ResourceGroup[]; jobs: Job[]; policies: Policy[] }) {
  const { groups, jobs, policies } = props
  const rows = useMemo(
    () => datastoreLastProtection(groups, reportIndexOf(jobs), policies),
    [groups, jobs, policies],
  )
  return <LastProtectionView kind="datastore" rows={rows} now={props.now} />
}

const lastProtectionFields = filterFields({
  statuses: listParam('status'),
  location: optionalParam('location'),
  group: optionalParam('group'),
})

function LastProtectionView({
  kind,
  rows: all,
  now,
}: {
  kind: 'vm' | 'datastore'
  rows: LastProtectionRow[]
  now: number
}) {
  const { t } = useTranslation('reports')
  const [{ statuses, location, group }, update] = useReportFilters(lastProtectionFields)
  const rows = useMemo(
    () =>
      all.filter(
        (row) =>
          (statuses.length === 0 || statuses.includes(row.status ?? 'NEVER')) &&
          (location === null || row.location === location) &&
          (group === null || row.groupName === group),
      ),
    [all, statuses, location, group],
  )
  const groupNames = useMemo(
    () => [...new Set(all.flatMap((row) => (row.groupName ? [row.groupName] : [])))].sort(),
    [all],
  )
  const { timeHeader, zoneNote } = useZoneText(
    applianceZoneLabel(applianceOffsetIn(all.map((row) => row.lastBackupTime))),
  )

  const columns = useMemo<ReportColumn<LastProtectionRow>[]>(
    () => [
      ...objectColumns<LastProtectionRow>(kind, {
        name: t(kind === 'vm' ? 'columns.vm' : 'columns.datastore'),
        moref: t('columns.moref'),
      }),
      textColumn<LastProtectionRow>('group', t('columns.group'), (row) => row.groupName),
      textColumn<LastProtectionRow>('policy', t('columns.policy'), (row) => row.policyName, 'laptop'),
      timeColumn<LastProtectionRow>(
        'lastBackup',
        timeHeader(t('columns.newestBackup')),
        (row) => row.lastBackupTime,
        {
          empty: t('lastProtection.never'),
          sortValue: (row) => row.lastBackupMs,
        },
      ),
      {
        key: 'status',
        header: t('columns.status'),
        render: (row) => <LastRunBadge status={row.status} />,
        exportValue: (row) =>
          row.status ? t(`status.${row.status}`, row.status) : t('lastProtection.never'),
        sortValue: (row) => row.status,
      },
      {
        key: 'location',
        header: t('columns.location'),
        ownColumnFrom: 'wide',
        render: (row) => <Plain value={row.location ? t(`location.${row.location}`) : null} />,
        exportValue: (row) => (row.location ? t(`location.${row.location}`) : ''),
        sortValue: (row) => row.location,
      },
      {
        key: 'age',
        header: t('columns.age'),
        render: (row) => <Plain value={formatAge(now - row.lastBackupMs)} />,
        exportValue: (row) => formatAge(now - row.lastBackupMs),
        sortValue: (row) => now - row.lastBackupMs,
      },
    ],
    [t, timeHeader, kind, now],
  )

  const filterNotes = [
    ...(statuses.length
      ? [
          t('notes.status', {
            value: statuses
              .map((s) => (s === 'NEVER' ? t('lastProtection.never') : t(`status.${s}`, s)))
              .join(', '),
          }),
        ]
      : []),
    ...(location ? [t('notes.location', { value: t(`location.${location}`, location) })] : []),
    ...(group ? [t('notes.group', { value: group })] : []),
  ]

  return (
    <ReportView
      id={`${kind}-protection`}
      title={t(`lastProtection.${kind}.title`)}
      description={t(`lastProtection.${kind}.description`)}
      filters={
        <FilterRow>
          <MultiChoiceFilter
            label={t('filters.lastStatus')}
            anyLabel={t('filters.anyStatus')}
            value={statuses}
            options={STATUSES.map((s) => ({
              value: s,
              label: s === 'NEVER' ? t('lastProtection.never') : t(`status.${s}`),
            }))}
            onChange={(value) => update({ statuses: value })}
          />
          <ChoiceFilter
            label={t('filters.location')}
            anyLabel={t('filters.anyLocation')}
            value={location}
            options={LOCATIONS.map((value) => ({ value, label: t(`location.${value}`) }))}
            onChange={(value) => update({ location: value })}
          />
          <GroupFilter value={group} names={groupNames} onChange={(value) => update({ group: value })} />
        </FilterRow>
      }
      columns={columns}
      rows={rows}
      rowKey={(row) => row.moref}
      searchText={searchTextOfRow}
      defaultSort={{ key: 'age', dir: 'desc' }}
      filterNotes={filterNotes}
      zoneNote={zoneNote}
      emptyText={t('lastProtection.empty')}
    />
  )
}

function searchTextOfRow(row: LastProtectionRow): string {
  return [row.name, row.moref, row.groupName, row.policyName].filter(Boolean).join(' ')
}
