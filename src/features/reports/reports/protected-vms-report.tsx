import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { components } from '../../../api'
import { reportQueries } from '../../../api/resources'
import { QueryState } from '../../../components/query-state/query-state'
import { JobStatusBadge } from '../../../components/status-badge'
import { applianceOffsetIn, applianceZoneLabel } from '../../../lib/format/appliance-clock'
import { objectColumns, textColumn, timeColumn } from '../components/columns'
import { FilterRow, GroupFilter, MultiChoiceFilter } from '../components/report-filters'
import { ReportView } from '../components/report-view'
import { listParam, optionalParam } from '../../../lib/url/list-params'
import { filterFields, useReportFilters } from '../model/report-params'
import { filterProtected, groupNamesIn, PROTECTED_STATUSES, VM_ROWS } from '../model/protection-rows'
import type { ReportColumn } from '../model/report-table'
import { useZoneText } from '../model/use-zone-text'

type ProtectedVm = components['schemas']['ProtectedVm']

/** VMs the appliance reports as protected in its window: last backup, its status, group and policy. */
export function ProtectedVmsReport() {
  const { t } = useTranslation('reports')
  const query = useQuery(reportQueries.protectedVms())
  return (
    <QueryState query={query} errorContext={t('errors.protectedVms')}>
      {(data) => <ProtectedVmsView vms={data.response.protectedVmResponseList} />}
    </QueryState>
  )
}

const protectedFields = filterFields({ statuses: listParam('status'), group: optionalParam('group') })

function ProtectedVmsView({ vms }: { vms: ProtectedVm[] }) {
  const { t } = useTranslation('reports')
  const [{ statuses, group }, update] = useReportFilters(protectedFields)
  const rows = useMemo(() => filterProtected(vms, { statuses, group }), [vms, statuses, group])
  const zone = applianceZoneLabel(applianceOffsetIn(vms.map((vm) => vm.lastBackupTime)))
  const { timeHeader, zoneNote } = useZoneText(zone)

  const columns = useMemo<ReportColumn<ProtectedVm>[]>(
    () => [
      ...objectColumns<ProtectedVm>('vm', { name: t('columns.vm'), moref: t('columns.moref') }),
      textColumn<ProtectedVm>('group', t('columns.group'), (vm) => vm.resourceGroupName),
      textColumn<ProtectedVm>('policy', t('columns.policy'), (vm) => vm.policyName, 'laptop'),
      timeColumn<ProtectedVm>('lastBackup', timeHeader(t('columns.lastBackup')), (vm) => vm.lastBackupTime),
      {
        key: 'status',
        header: t('columns.status'),
        render: (vm) => <JobStatusBadge status={vm.lastBackupStatus} />,
        exportValue: (vm) =>
          vm.lastBackupStatus ? t(`status.${vm.lastBackupStatus}`, vm.lastBackupStatus) : '',
        sortValue: (vm) => vm.lastBackupStatus ?? null,
      },
      textColumn<ProtectedVm>('backup', t('columns.backupName'), (vm) => vm.lastBackupName, 'wide'),
    ],
    [t, timeHeader],
  )

  const filterNotes = [
    ...(statuses.length
      ? [t('notes.status', { value: statuses.map((s) => t(`status.${s}`, s)).join(', ') })]
      : []),
    ...(group ? [t('notes.group', { value: group })] : []),
  ]

  return (
    <ReportView
      id="protected-vms"
      title={t('protected.title')}
      description={t('protected.description')}
      filters={
        <FilterRow>
          <MultiChoiceFilter
            label={t('filters.lastStatus')}
            anyLabel={t('filters.anyStatus')}
            value={statuses}
            options={PROTECTED_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(value) => update({ statuses: value })}
          />
          <GroupFilter
            value={group}
            names={groupNamesIn(vms)}
            onChange={(value) => update({ group: value })}
          />
        </FilterRow>
      }
      columns={columns}
      rows={rows}
      {...VM_ROWS}
      filterNotes={filterNotes}
      zoneNote={zoneNote}
      emptyText={t('protected.empty')}
    />
  )
}
