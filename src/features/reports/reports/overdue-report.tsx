import { useMemo } from 'react'
import { Anchor, Spoiler, Text } from '@mantine/core'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../components/query-state/query-state'
import { applianceZoneLabel } from '../../../lib/format/appliance-clock'
import type { OverdueFinding } from '../../../lib/protection/overdue'
import { useOverdueProtection } from '../../../lib/protection/use-overdue'
import { routes } from '../../../lib/routes'
import { Plain } from '../components/cells'
import { textColumn } from '../components/columns'
import { ChoiceFilter, FilterRow } from '../components/report-filters'
import { ReportView } from '../components/report-view'
import { formatAge } from '../model/age'
import { clock, reasonText, scheduleText } from '../model/overdue-text'
import { optionalParam } from '../../../lib/url/list-params'
import { filterFields, useReportFilters } from '../model/report-params'
import type { ReportColumn } from '../model/report-table'
import { useZoneText } from '../model/use-zone-text'

const REASONS = [
  'suspended',
  'noSchedule',
  'stuck',
  'lastRunFailed',
  'noJobStarted',
  'neverBackedUp',
] as const

/**
 * Groups (and their members) whose newest successful backup is older than their schedule allows plus grace,
 * with the reason — the protection that lapses without any job failing.
 */
export function OverdueReport() {
  const { t } = useTranslation('reports')
  const { query, findings, offsetMinutes, now } = useOverdueProtection()
  return (
    <QueryState query={query} errorContext={t('errors.overdue')}>
      {() => <OverdueView findings={findings} offsetMinutes={offsetMinutes} now={now} />}
    </QueryState>
  )
}

const overdueFields = filterFields({ reason: optionalParam('reason') })

function OverdueView({
  findings,
  offsetMinutes,
  now,
}: {
  findings: OverdueFinding[]
  offsetMinutes: number | null
  now: number
}) {
  const { t } = useTranslation('reports')
  const [{ reason }, update] = useReportFilters(overdueFields)
  const rows = useMemo(
    () => (reason ? findings.filter((finding) => finding.reason.kind === reason) : findings),
    [findings, reason],
  )
  const { timeHeader, zoneNote } = useZoneText(applianceZoneLabel(offsetMinutes))

  const columns = useMemo<ReportColumn<OverdueFinding>[]>(
    () => [
      {
        key: 'group',
        header: t('columns.group'),
        render: (f) => (
          <Anchor component={Link} to={routes.resourceGroups.detail.href(f.group.id)} size="sm">
            {f.group.name}
          </Anchor>
        ),
        exportValue: (f) => f.group.name,
        sortValue: (f) => f.group.name,
      },
      textColumn<OverdueFinding>('policy', t('columns.policy'), (f) => f.policyName, 'laptop'),
      {
        key: 'reason',
        header: t('columns.reason'),
        render: (f) => <Plain value={reasonText(t, f, offsetMinutes)} />,
        exportValue: (f) => reasonText(t, f, offsetMinutes),
        sortValue: (f) => f.reason.kind,
      },
      {
        key: 'lastSuccess',
        header: timeHeader(t('columns.lastSuccess')),
        ownColumnFrom: 'laptop',
        render: (f) =>
          f.lastSuccess ? (
            <Anchor component={Link} to={routes.jobs.detail.href(f.lastSuccess.jobId)} size="sm">
              {clock(f.lastSuccess.atMs, offsetMinutes)}
            </Anchor>
          ) : (
            <Plain value={t('overdue.none')} />
          ),
        exportValue: (f) =>
          f.lastSuccess ? clock(f.lastSuccess.atMs, offsetMinutes, true) : t('overdue.none'),
        sortValue: (f) => f.lastSuccess?.atMs ?? null,
      },
      {
        key: 'overdueBy',
        header: t('columns.overdueBy'),
        render: (f) => <Plain value={formatAge(now - f.dueMs)} />,
        exportValue: (f) => formatAge(now - f.dueMs),
        sortValue: (f) => now - f.dueMs,
      },
      {
        key: 'schedule',
        header: t('columns.schedule'),
        ownColumnFrom: 'wide',
        render: (f) => <Plain value={scheduleText(t, f)} />,
        exportValue: (f) => scheduleText(t, f),
      },
      {
        key: 'members',
        header: t('columns.members'),
        ownColumnFrom: 'wide',
        render: (f) => <Members names={(f.group.entities ?? []).map((entity) => entity.name)} />,
        exportValue: (f) => (f.group.entities ?? []).map((entity) => entity.name).join('; '),
        sortValue: (f) => f.group.entities?.length ?? 0,
      },
    ],
    [t, timeHeader, offsetMinutes, now],
  )

  return (
    <ReportView
      id="overdue"
      title={t('overdue.title')}
      description={t('overdue.description')}
      filters={
        <FilterRow>
          <ChoiceFilter
            label={t('filters.reason')}
            anyLabel={t('filters.anyReason')}
            value={reason}
            options={REASONS.map((value) => ({ value, label: t(`overdue.reasonName.${value}`) }))}
            onChange={(value) => update({ reason: value })}
          />
        </FilterRow>
      }
      columns={columns}
      rows={rows}
      rowKey={(f) => `${f.group.id}/${f.policyId}`}
      searchText={searchTextOfFinding}
      defaultSort={{ key: 'overdueBy', dir: 'desc' }}
      filterNotes={reason ? [t('notes.reason', { value: t(`overdue.reasonName.${reason}`, reason) })] : []}
      zoneNote={zoneNote}
      emptyText={t('overdue.empty')}
    />
  )
}

function searchTextOfFinding(f: OverdueFinding): string {
  return [f.group.name, f.policyName, ...(f.group.entities ?? []).map((entity) => entity.name)].join(' ')
}

/** A group's members, the first few at once and the rest behind "Show all". */
function Members({ names }: { names: string[] }) {
  const { t } = useTranslation('reports')
  if (names.length === 0) return <Plain value={null} />
  return (
    <Spoiler
      maxHeight={44}
      showLabel={t('overdue.showMembers', { count: names.length })}
      hideLabel={t('overdue.hideMembers')}
    >
      <Text size="sm">{names.join(', ')}</Text>
    </Spoiler>
  )
}
