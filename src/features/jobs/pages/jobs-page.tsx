import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Button, Group, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { formatNumber } from '../../../lib/format/number'
import { offsetOf, zoneLabel } from '../../../lib/format/date-time'
import { JobsTable } from '../components/jobs-table'
import { JobFiltersBar } from '../components/job-filters-bar'
import { JobStatusCountsBar } from '../components/job-status-counts'
import { FailureCausesSummary } from '../components/failure-causes-summary'
import { useJobs } from '../hooks/use-jobs'
import { useJobFilters } from '../hooks/use-job-filters'
import { filterJobRowsIncremental, sortJobRows, type JobFilters, type SortField } from '../model/job-filters'
import { listPace, pollIntervalFor, STUCK_RECHECK_MS } from '../../../api/resources'
import type { JobSet } from '../model/job-set'
import { countJobStatuses } from '../model/status-counts'
import { countFailureCauses } from '../model/cause-counts'

const MemoJobsTable = memo(JobsTable)

/** The Job Monitor: every job with live progress, failure reasons in the rows, filters and sort in the URL. */
export function JobsPage() {
  const { t } = useTranslation('jobs')
  const { query, list, set } = useJobs()
  const pace = listPace(list)
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
      <QueryState query={query} errorContext={t('errors.list')} loadingLabel={t('loading')}>
        {() => (set ? <JobsList set={set} dataUpdatedAt={query.dataUpdatedAt} /> : null)}
      </QueryState>
    </>
  )
}

interface JobsListProps {
  set: JobSet
  dataUpdatedAt: number
}

function JobsList({ set, dataUpdatedAt }: JobsListProps) {
  const { t } = useTranslation('jobs')
  const location = useLocation()
  const { filters, search, update, clear } = useJobFilters()
  // A stable handle for the memoised filter selects and count tiles, always calling the latest `update`.
  const latestUpdate = useRef(update)
  useLayoutEffect(() => {
    latestUpdate.current = update
  })
  const stableUpdate = useCallback((patch: Partial<JobFilters>) => latestUpdate.current(patch), [])
  // "Now" moves with the data: counts and "last 24 h" are as of the last refresh, and stay stable in between.
  const now = dataUpdatedAt
  // Typing stays responsive at 100,000 jobs: the text input updates at once, the filtering follows.
  const deferredQuery = useDeferredValue(search.text)

  // After the first rows are on screen, prepare the search text in the background for the first keystroke.
  useEffect(() => set.warmSearchText(), [set])

  const counts = useMemo(() => countJobStatuses(set, now), [set, now])
  const causeCounts = useMemo(() => countFailureCauses(set.rows, now), [set, now])
  const sorted = useMemo(
    () => sortJobRows(set.rows, filters.sort, filters.dir),
    [set, filters.sort, filters.dir],
  )
  const needle = deferredQuery.trim()
  const rows = useMemo(
    () =>
      filterJobRowsIncremental(
        sorted,
        {
          types: filters.types,
          statuses: filters.statuses,
          causes: filters.causes,
          range: filters.range,
          query: needle,
          sort: filters.sort,
          dir: filters.dir,
        },
        now,
        needle === '' ? null : set.searchText(),
      ),
    [
      sorted,
      filters.types,
      filters.statuses,
      filters.causes,
      filters.range,
      filters.sort,
      filters.dir,
      needle,
      now,
      set,
    ],
  )

  const onSort = useCallback(
    (field: SortField) => {
      const dir = filters.sort === field && filters.dir === 'desc' ? 'asc' : 'desc'
      update({ sort: field, dir })
    },
    [filters.sort, filters.dir, update],
  )

  const firstStart = set.rows.find((row) => typeof row.job.startTime === 'string')?.job.startTime
  const offset = firstStart ? offsetOf(firstStart) : null

  return (
    <>
      <JobStatusCountsBar counts={counts} onSelect={stableUpdate} />
      <FailureCausesSummary counts={causeCounts} onSelect={stableUpdate} />
      <JobFiltersBar filters={filters} search={search} onChange={update} onClear={clear} />
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Text size="sm" aria-live="polite" data-testid="jobs-result-count">
          {t('filters.result', { shown: formatNumber(rows.length), total: formatNumber(set.rows.length) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('applianceTime', { zone: offset === null ? t('applianceZoneUnknown') : zoneLabel(offset) })}
        </Text>
      </Group>
      {set.rows.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('empty.none')}
        </Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('empty.filtered')}
        </Text>
      ) : (
        <MemoJobsTable
          rows={rows}
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
            needle,
            filters.sort,
            filters.dir,
          ].join('|')}
        />
      )}
    </>
  )
}
