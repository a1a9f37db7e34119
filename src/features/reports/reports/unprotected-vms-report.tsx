import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { components } from '../../../api'
import { reportQueries } from '../../../api/resources'
import { QueryState } from '../../../components/query-state/query-state'
import { LastRunBadge } from '../../../components/status-badge'
import { applianceOffsetIn, applianceZoneLabel } from '../../../lib/format/appliance-clock'
import { objectColumns, textColumn, timeColumn } from '../components/columns'
import { ChoiceFilter, FilterRow, GroupFilter } from '../components/report-filters'
import { ReportView } from '../components/report-view'
import { oneOfParam, optionalParam } from '../../../lib/url/list-params'
import { filterFields, useReportFilters } from '../model/report-params'
import {
  filterUnprotected,
  groupNamesIn,
  NO_GROUP,
  UNPROTECTED_KINDS,
  VM_ROWS,
} from '../model/protection-rows'
import type { ReportColumn } from '../model/report-table'
import { useZoneText } from '../model/use-zone-text'

type UnprotectedVm = components['schemas']['UnprotectedVm']

/** VMs without a backup in the appliance's window: never backed up, or last backed up before it. */
export function UnprotectedVmsReport() {
  const { t } = useTranslation('reports')
  const query = useQuery(reportQueries.unprotectedVms())
  return (
    <QueryState query={query} errorContext={t('errors.unprotectedVms')}>
      {(data) => <UnprotectedVmsView vms={data.response.unprotectedVmResponseList} />}
    </QueryState>
  )
}

const unprotectedFields = filterFields({
  kind: oneOfParam('backed', UNPROTECTED_KINDS, 'all'),
  group: optionalParam('group'),
})

function UnprotectedVmsView({ vms }: { vms: UnprotectedVm[] }) {
  const { t } = useTranslation('reports')
  const [{ kind, group }, update] = useReportFilters(unprotectedFields)
  const rows = useMemo(() => filterUnprotected(vms, { kind, group }), [vms, kind, group])
  const zone = applianceZoneLabel(applianceOffsetIn(vms.map((vm) => vm.lastBackupTime)))
  const { timeHeader, zoneNote } = useZoneText(zone)

  const columns = useMemo<ReportColumn<UnprotectedVm>[]>(
    () => [
      ...objectColumns<UnprotectedVm>('vm', { name: t('columns.vm'), moref: t('columns.moref') }),
      textColumn<UnprotectedVm>(
        'group',
        t('columns.group'),
        (vm) => vm.resourceGroupName ?? t('unprotected.noGroup'),
      ),
      timeColumn<UnprotectedVm>(
        'lastBackup',
        timeHeader(t('columns.lastBackup')),
        (vm) => vm.lastBackupTime,
        {
          empty: t('unprotected.never'),
        },
      ),
      {
        key: 'status',
        header: t('columns.status'),
        render: (vm) => <LastRunBadge status={vm.lastBackupStatus} />,
        exportValue: (vm) =>
          vm.lastBackupStatus
            ? t(`status.${vm.lastBackupStatus}`, vm.lastBackupStatus)
            : t('unprotected.never'),
        sortValue: (vm) => vm.lastBackupStatus ?? null,
      },
    ],
    [t, timeHeader],
  )

  const filterNotes = [
    ...(kind !== 'all' ? [t('notes.backed', { value: t(`unprotected.kind.${kind}`) })] : []),
    ...(group ? [t('notes.group', { value: group === NO_GROUP ? t('unprotected.noGroup') : group })] : []),
  ]

  return (
    <ReportView
      id="unprotected-vms"
      title={t('unprotected.title')}
      description={t('unprotected.description')}
      filters={
        <FilterRow>
          <ChoiceFilter
            label={t('filters.backed')}
            value={kind}
            options={UNPROTECTED_KINDS.map((value) => ({ value, label: t(`unprotected.kind.${value}`) }))}
            onChange={(value) => update({ kind: unprotectedFields.kind.read(value) })}
          />
          <GroupFilter
            value={group}
            names={groupNamesIn(vms)}
            extra={[{ value: NO_GROUP, label: t('unprotected.noGroup') }]}
            onChange={(value) => update({ group: value })}
          />
        </FilterRow>
      }
      columns={columns}
      rows={rows}
      {...VM_ROWS}
      filterNotes={filterNotes}
      zoneNote={zoneNote}
      emptyText={t('unprotected.empty')}
    />
  )
}
