import { useEffect, useMemo } from 'react'
import { Anchor, Group, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { components } from '../../../api'
import { useWholeJobList } from '../../../api/resources'
import { QueryState } from '../../../components/query-state/query-state'
import { JobStatusBadge } from '../../../components/status-badge'
import { applianceOffsetIn, applianceZoneLabel } from '../../../lib/format/appliance-clock'
import { formatDuration } from '../../../lib/format/date-time'
import { formatNumber } from '../../../lib/format/number'
import { applianceDay, reportIndexOf } from '../../../lib/jobs/report-index'
import { REPORT_STATUSES, type ReportJobKind } from '../../../lib/jobs/report-kinds'
import { routes } from '../../../lib/routes'
import { Plain } from '../components/cells'
import { textColumn, timeColumn } from '../components/columns'
import { CustomDaysFilter } from '../components/custom-days-filter'
import { JobDayChart } from '../components/job-day-chart'
import { ChoiceFilter, FilterRow, MultiChoiceFilter } from '../components/report-filters'
import { ReportView } from '../components/report-view'
import {
  countPerDay,
  countStatuses,
  DEFAULT_JOB_RANGE,
  JOB_RANGES,
  type JobRange,
  jobReportRows,
  namedInJobs,
  reportWindow,
  searchTextOfJob,
  type JobReportRow,
} from '../model/job-report'
import { dateParam, idParam, listParam, oneOfParam } from '../../../lib/url/list-params'
import { filterFields, useReportFilters } from '../model/report-params'
import type { ReportColumn } from '../model/report-table'
import { useZoneText } from '../model/use-zone-text'

type Job = components['schemas']['Job']

/**
 * A backup, restore or mount report built from `GET /4.1/jobs`, as the plug-in builds its own: the jobs that
 * started in a time range, by status, group and policy, with their counts per status and per day.
 */
export function JobReport({ kind }: { kind: ReportJobKind }) {
  const { t } = useTranslation('reports')
  const query = useWholeJobList()
  return (
    <QueryState query={query} errorContext={t('errors.jobs')}>
      {(data) => <JobReportView kind={kind} jobs={data.response.jobResponseList} now={query.dataUpdatedAt} />}
    </QueryState>
  )
}

const jobFields = filterFields({
  range: oneOfParam('range', JOB_RANGES, DEFAULT_JOB_RANGE),
  statuses: listParam('status'),
  groupId: idParam('group'),
  policyId: idParam('policy'),
  from: dateParam('from'),
  to: dateParam('to'),
})

const KEPT_DAYS = 90

/** `now` is when the list was read: a range then means the same rows until the list is read again. */
function JobReportView({ kind, jobs, now }: { kind: ReportJobKind; jobs: Job[]; now: number }) {
  const { t } = useTranslation('reports')
  const [{ range, statuses, groupId, policyId, from, to }, update] = useReportFilters(jobFields)
  const index = useMemo(() => reportIndexOf(jobs), [jobs])
  const named = useMemo(() => namedInJobs(index, kind), [index, kind])
  const offset = applianceOffsetIn(jobs.slice(0, 20).map((job) => job.startTime))
  const span = useMemo(
    () => reportWindow(range, { from, to }, now, offset ?? 0),
    [range, from, to, now, offset],
  )
  const rows = useMemo(
    () => jobReportRows(index, kind, { window: span, statuses, groupId, policyId }),
    [index, kind, span, statuses, groupId, policyId],
  )
  // The report's first meaningful content (rows on screen): `npm run bench` reads this mark.
  useEffect(() => {
    performance.mark('reports:first-rows')
  }, [])
  const today = applianceDay(now, offset ?? 0)
  // Choosing "custom" starts from the days the range shown so far covered; leaving it forgets the dates.
  const chooseRange = (next: JobRange) =>
    update(
      next === 'custom'
        ? { range: next, from: applianceDay(span.fromMs, offset ?? 0), to: today }
        : { range: next, from: '', to: '' },
    )
  const { timeHeader, zoneNote } = useZoneText(applianceZoneLabel(offset))

  const columns = useMemo<ReportColumn<JobReportRow>[]>(
    () => [
      {
        key: 'id',
        header: t('columns.jobId'),
        render: ({ job }) => (
          <Anchor component={Link} to={routes.jobs.detail.href(job.id)} size="sm">
            {job.id}
          </Anchor>
        ),
        exportValue: ({ job }) => job.id,
        sortValue: ({ job }) => job.id,
      },
      // A backup job's name only repeats its group and policy, which have their own columns.
      ...(kind === 'backup'
        ? []
        : [
            {
              key: 'name',
              header: t('columns.jobName'),
              render: ({ job }: JobReportRow) => <Plain value={job.name} />,
              exportValue: ({ job }: JobReportRow) => job.name,
              sortValue: ({ job }: JobReportRow) => job.name ?? null,
            },
            {
              key: 'type',
              header: t('columns.type'),
              ownColumnFrom: 'laptop' as const,
              render: ({ job }: JobReportRow) => (
                <Plain value={t(`jobType.${String(job.type)}`, String(job.type))} />
              ),
              exportValue: ({ job }: JobReportRow) => t(`jobType.${String(job.type)}`, String(job.type)),
              sortValue: ({ job }: JobReportRow) => String(job.type),
            },
          ]),
      {
        key: 'status',
        header: t('columns.status'),
        render: ({ job }) => <JobStatusBadge status={job.status} />,
        exportValue: ({ job }) => t(`status.${String(job.status)}`, String(job.status)),
        sortValue: ({ job }) => String(job.status),
      },
      textColumn<JobReportRow>('group', t('columns.group'), ({ job }) => job.resourceGroupName),
      textColumn<JobReportRow>('policy', t('columns.policy'), ({ job }) => job.policyName, 'laptop'),
      timeColumn<JobReportRow>('start', timeHeader(t('columns.start')), ({ job }) => job.startTime, {
        sortValue: (row) => row.startMs,
      }),
      timeColumn<JobReportRow>('end', timeHeader(t('columns.end')), ({ job }) => job.endTime, {
        ownColumnFrom: 'wide',
        sortValue: (row) => row.endMs,
      }),
      {
        key: 'duration',
        header: t('columns.duration'),
        ownColumnFrom: 'laptop',
        render: (row) => (
          <Plain value={row.endMs >= row.startMs ? formatDuration(row.endMs - row.startMs) : null} />
        ),
        exportValue: (row) => (row.endMs >= row.startMs ? Math.round((row.endMs - row.startMs) / 1000) : ''),
        sortValue: (row) => row.endMs - row.startMs,
      },
      textColumn<JobReportRow>('reason', t('columns.reason'), ({ job }) => job.failureReason, 'wide'),
    ],
    [t, timeHeader, kind],
  )

  const groupName =
    named.groups.find((g) => g.id === groupId)?.name ?? (groupId === null ? null : String(groupId))
  const policyName =
    named.policies.find((p) => p.id === policyId)?.name ?? (policyId === null ? null : String(policyId))
  const filterNotes = [
    t('notes.range', {
      value:
        range === 'custom' ? t('range.between', { from: from || '…', to: to || today }) : t(`range.${range}`),
    }),
    ...(statuses.length
      ? [t('notes.status', { value: statuses.map((s) => t(`status.${s}`, s)).join(', ') })]
      : []),
    ...(groupName ? [t('notes.group', { value: groupName })] : []),
    ...(policyName ? [t('notes.policy', { value: policyName })] : []),
  ]
  const title = t(`jobs.${kind}.title`)

  return (
    <ReportView
      id={`${kind}-jobs`}
      title={title}
      description={t(`jobs.${kind}.description`)}
      filters={
        <FilterRow>
          <ChoiceFilter
            label={t('filters.range')}
            value={range}
            options={JOB_RANGES.map((value) => ({ value, label: t(`range.${value}`) }))}
            onChange={(value) => chooseRange(jobFields.range.read(value))}
          />
          {range === 'custom' && (
            <CustomDaysFilter
              days={{ from, to }}
              min={applianceDay(now - KEPT_DAYS * 86_400_000, offset ?? 0)}
              max={today}
              onChange={update}
            />
          )}
          <MultiChoiceFilter
            label={t('filters.status')}
            anyLabel={t('filters.anyStatus')}
            value={statuses}
            options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(value) => update({ statuses: value })}
          />
          <ChoiceFilter
            label={t('filters.group')}
            anyLabel={t('filters.anyGroup')}
            value={groupId === null ? null : String(groupId)}
            options={named.groups.map((g) => ({ value: String(g.id), label: g.name }))}
            onChange={(value) => update({ groupId: jobFields.groupId.read(value) })}
          />
          <ChoiceFilter
            label={t('filters.policy')}
            anyLabel={t('filters.anyPolicy')}
            value={policyId === null ? null : String(policyId)}
            options={named.policies.map((p) => ({ value: String(p.id), label: p.name }))}
            onChange={(value) => update({ policyId: jobFields.policyId.read(value) })}
          />
        </FilterRow>
      }
      summary={(shown) => (
        <JobSummary
          title={t('chart.perDay', { report: title })}
          rows={shown}
          offset={offset ?? 0}
          fromMs={span.fromMs}
          toMs={span.toMs}
        />
      )}
      columns={columns}
      rows={rows}
      rowKey={({ job }) => String(job.id)}
      searchText={searchTextOfJob}
      defaultSort={{ key: 'start', dir: 'desc' }}
      filterNotes={filterNotes}
      zoneNote={zoneNote}
      emptyText={t('jobs.empty')}
    />
  )
}

/** Counts per status of the jobs shown, and the same per day as a chart. */
function JobSummary(props: {
  title: string
  rows: readonly JobReportRow[]
  offset: number
  fromMs: number
  toMs: number
}) {
  const { t } = useTranslation('reports')
  const { rows, offset, fromMs, toMs } = props
  const totals = useMemo(() => countStatuses(rows), [rows])
  const days = useMemo(() => countPerDay(rows, offset, { fromMs, toMs }), [rows, offset, fromMs, toMs])
  return (
    <Stack gap="sm">
      <Group gap="lg" data-testid="job-report-totals">
        {REPORT_STATUSES.map((status) => (
          <Text key={status} size="sm">
            {t('chart.statusCount', { status: t(`status.${status}`), count: totals[status] })}
          </Text>
        ))}
        {totals.OTHER > 0 && (
          <Text size="sm">{t('chart.statusCount', { status: t('status.OTHER'), count: totals.OTHER })}</Text>
        )}
        <Text size="sm" fw={500}>
          {t('chart.total', { count: rows.length, formatted: formatNumber(rows.length) })}
        </Text>
      </Group>
      <JobDayChart title={props.title} days={days} totals={totals} />
    </Stack>
  )
}
