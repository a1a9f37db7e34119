import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { Button, Group, Loader, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { formatNumber } from '../../../lib/format/number'
import { offsetOf, zoneLabel } from '../../../lib/format/date-time'
import { listPace, pollIntervalFor, STUCK_RECHECK_MS, type JobsSnapshot } from '../../../api/resources'
import { JobsTable } from '../components/jobs-table'
import { JobFiltersBar } from '../components/job-filters-bar'
import { JobStatusCountsBar } from '../components/job-status-counts'
import { FailureCausesSummary } from '../components/failure-causes-summary'
import { useJobs } from '../hooks/use-jobs'
import { useJobFilters } from '../hooks/use-job-filters'
import { useJobView } from '../hooks/use-job-view'
import { toJobQuery, type JobFilters, type SortField } from '../model/job-filters'
import { countJobStatuses } from '../model/status-counts'

const MemoJobsTable = memo(JobsTable)

/** The Job Monitor: every job with live progress, failure reasons in the rows, filters and sort in the URL. */
export function JobsPage() {
  const { t } = useTranslation('jobs')
  const { query, snapshot } = useJobs()
  const pace = listPace(snapshot)
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="jobs-live-state">
              {pace === 'progressing'
                ? t('live.polling', { seconds: Number(pollIntervalFor(pace)) / 1000 })
                : pace === 'stuck'
                  ? t('live.stuck', { minutes: STUCK_RECHECK_MS / 60_000 })
                  : t('live.idle')}
            </Text>
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => void query.refetch()}
              loading={query.isFetching && !query.isPending}
            >
              {t('actions.refresh')}
            </Button>
          </Group>
        }
      />
      <JobsList query={query} />
    </>
  )
}

interface JobsListProps {
  query: UseQueryResult<JobsSnapshot, unknown>
}

/**
 * Everything below the header. The filters render at once; the counts and the table fill in when the job
 * list arrives, so what the page renders then is only what depends on it.
 */
function JobsList({ query }: JobsListProps) {
  const { t } = useTranslation('jobs')
  const { filters, search, update, clear } = useJobFilters()
  // A stable handle for the memoised filter selects and count tiles, always calling the latest `update`.
  const latestUpdate = useRef(update)
  useLayoutEffect(() => {
    latestUpdate.current = update
  })
  const stableUpdate = useCallback((patch: Partial<JobFilters>) => latestUpdate.current(patch), [])
  const snapshot = query.data
  const counts = useMemo(() => (snapshot ? countJobStatuses(snapshot) : null), [snapshot])

  return (
    <>
      <JobStatusCountsBar counts={counts} onSelect={stableUpdate} />
      <FailureCausesSummary counts={snapshot?.summary.causes ?? null} onSelect={stableUpdate} />
      <JobFiltersBar filters={filters} search={search} onChange={update} onClear={clear} />
      <QueryState query={query} errorContext={t('errors.list')} loadingLabel={t('loading')}>
        {(data) => (
          <JobsResults
            snapshot={data}
            filters={filters}
            text={search.text}
            update={update}
            // A new read of the list is a new index: the view asks it again.
            onRetry={() => void query.refetch()}
          />
        )}
      </QueryState>
    </>
  )
}

interface JobsResultsProps {
  snapshot: JobsSnapshot
  filters: JobFilters
  /** The search box's own text (it leads the URL by a debounce). */
  text: string
  update: (patch: Partial<JobFilters>) => void
  onRetry: () => void
}

/** The count line and the table of the jobs the filters select, asked of the job index. */
function JobsResults({ snapshot, filters, text, update, onRetry }: JobsResultsProps) {
  const { t } = useTranslation('jobs')
  const location = useLocation()
  // "Now" moves with the data: counts and "last 24 h" are as of the last refresh, and stay stable in between.
  const now = snapshot.at
  const { summary } = snapshot
  // The job index filters off the page, so the search box's own text goes straight into the question.
  const jobQuery = useMemo(() => toJobQuery(filters, text, now), [filters, text, now])
  const view = useJobView(snapshot, jobQuery)

  const onSort = useCallback(
    (field: SortField) => {
      const dir = filters.sort === field && filters.dir === 'desc' ? 'asc' : 'desc'
      update({ sort: field, dir })
    },
    [filters.sort, filters.dir, update],
  )

  const offset = summary.sampleStartTimes.map(offsetOf).find((value) => value !== null) ?? null

  return (
    <>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Text size="sm" aria-live="polite" data-testid="jobs-result-count">
          {view.ready
            ? t('filters.result', { shown: formatNumber(view.count), total: formatNumber(summary.total) })
            : t('filters.counting', { total: formatNumber(summary.total) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('applianceTime', { zone: offset === null ? t('applianceZoneUnknown') : zoneLabel(offset) })}
        </Text>
      </Group>
      {summary.total === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('empty.none')}
        </Text>
      ) : view.error ? (
        <ApiErrorAlert error={view.error} context={t('errors.view')} onRetry={onRetry} />
      ) : !view.ready ? (
        <Group justify="center" py="xl">
          <Loader size="sm" aria-label={t('loading')} />
        </Group>
      ) : view.count === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('empty.filtered')}
        </Text>
      ) : (
        <MemoJobsTable
          view={view}
          sort={filters.sort}
          dir={filters.dir}
          onSort={onSort}
          now={now}
          listSearch={location.search}
          resetKey={[
            filters.types,
            filters.statuses,
            filters.causes,
            filters.range,
            text.trim(),
            filters.sort,
            filters.dir,
          ].join('|')}
        />
      )}
    </>
  )
}
