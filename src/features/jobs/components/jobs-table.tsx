import { memo, useEffect, useRef } from 'react'
import { UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { routes } from '../../../lib/routes'
import { formatApplianceTime, formatDuration } from '../../../lib/format/date-time'
import { isKnownJobType, toJobRow, type Job, type JobRow } from '../model/job-row'
import type { JobView } from '../hooks/use-job-view'
import type { SortDirection, SortField } from '../model/job-filters'
import { JobStatusBadge } from '../../../components/status-badge'
import { useFillViewportHeight } from '../../../components/table-room/use-fill-viewport-height'
import { JobTypeLabel } from './job-type-label'
import { JobProgress } from './job-progress'
import { LikelyCauseLine } from './likely-cause-line'
import classes from './jobs-table.module.css'

const ROW_HEIGHT = 58
/** Used when the scroll box has no layout yet (first frame, or jsdom): render a screenful rather than nothing. */
const FALLBACK_HEIGHT = 640

interface Column {
  key: string
  sort?: SortField
}

const COLUMNS: Column[] = [
  { key: 'id', sort: 'id' },
  { key: 'type', sort: 'type' },
  { key: 'status', sort: 'status' },
  { key: 'object' },
  { key: 'start', sort: 'start' },
  { key: 'end', sort: 'end' },
  { key: 'duration', sort: 'duration' },
  { key: 'details' },
]

interface JobsTableProps {
  /** The jobs to show, in order; rows arrive from the job index as they scroll into view. */
  view: JobView
  sort: SortField
  dir: SortDirection
  onSort: (field: SortField) => void
  /** "Now" for the elapsed time of running jobs. */
  now: number
  /** Query string of the list, so the detail's "back" returns to the same filtered view. */
  listSearch: string
  /** Changes when the filters or sort change; the list then scrolls back to the top (a refresh doesn't). */
  resetKey: string
}

function observeRectWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width || 1024, height: FALLBACK_HEIGHT }),
  )
}

/**
 * The job list as an ARIA table (div grid with table/row/cell roles) that renders only the rows in view, so
 * 100,000 jobs cost the same to show as fifty. Sortable headers are buttons; `aria-sort` says the order.
 *
 * The one table that is not a mantine-datatable `DataTable` with `compareByColumn`: SCV keeps 90 days of jobs
 * (100,000 at a large site, measured by `npm run bench`), which a paged DataTable sorting on every render
 * cannot keep interactive, so this table virtualises its rows and sorts once per data set (`sortJobRows`,
 * numbers pre-parsed). Its filters still live in the URL through the shared fields (`jobFilterFields`).
 */
export function JobsTable({ view, sort, dir, onSort, now, listSearch, resetKey }: JobsTableProps) {
  const { t } = useTranslation('jobs')
  const scrollRef = useRef<HTMLDivElement>(null)
  // The rows get what the header, tiles and filters leave of the window.
  useFillViewportHeight(scrollRef)
  // TanStack Virtual returns a mutable instance by design, so the React compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: view.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    observeElementRect: observeRectWithFallback,
    getItemKey: view.keyAt,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1

  // Rows scrolled into view that have not arrived yet are asked for (in blocks around them).
  const { want } = view
  useEffect(() => {
    if (last >= first) want(first, last + 1)
  }, [want, first, last])

  // Performance mark for `npm run bench`: when the first jobs reach the screen.
  const marked = useRef(false)
  const firstJobShown = view.jobAt(first) !== undefined
  useEffect(() => {
    if (marked.current || !firstJobShown) return
    marked.current = true
    performance.mark('jobs:first-rows')
  }, [firstJobShown])

  // A new filter or sort starts at the top, as a new list would; a live refresh keeps the scroll position.
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 })
  }, [resetKey])

  return (
    <div
      ref={scrollRef}
      className={classes.scroll}
      role="table"
      aria-label={t('table.label')}
      aria-rowcount={view.count + 1}
      data-testid="jobs-table"
    >
      <div role="rowgroup" className={classes.head}>
        <div role="row" aria-rowindex={1} className={classes.row}>
          {COLUMNS.map((column) => {
            const label = t(`table.${column.key}`)
            if (!column.sort) {
              return (
                <div role="columnheader" key={column.key} className={classes.headCell} data-col={column.key}>
                  {label}
                </div>
              )
            }
            const active = sort === column.sort
            const Icon = active ? (dir === 'asc' ? IconArrowUp : IconArrowDown) : IconSelector
            return (
              <div
                role="columnheader"
                key={column.key}
                className={classes.headCell}
                data-col={column.key}
                aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <UnstyledButton
                  className={classes.sortButton}
                  onClick={() => onSort(column.sort as SortField)}
                  aria-label={t('table.sortBy', { column: label })}
                >
                  {label}
                  <Icon size={14} aria-hidden />
                </UnstyledButton>
              </div>
            )
          })}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const job = view.jobAt(item.index)
          return job ? (
            <JobTableRow
              key={item.key}
              row={rowOf(job, Number(item.key))}
              rowIndex={item.index + 2}
              top={item.start}
              now={now}
              listSearch={listSearch}
            />
          ) : (
            <LoadingRow key={item.key} rowIndex={item.index + 2} top={item.start} />
          )
        })}
      </div>
    </div>
  )
}

const rows = new WeakMap<Job, JobRow>()

/** The display row of a job, built once per job object, so a row that stays on screen doesn't render again. */
function rowOf(job: Job, position: number): JobRow {
  let row = rows.get(job)
  if (!row) {
    row = toJobRow(job, position)
    rows.set(job, row)
  }
  return row
}

/** A row whose job is on its way from the job index (a few milliseconds while scrolling fast). */
function LoadingRow({ rowIndex, top }: { rowIndex: number; top: number }) {
  const { t } = useTranslation('jobs')
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-busy
      className={classes.row}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <div role="cell" className={`${classes.cell} ${classes.small} ${classes.dimmed}`}>
        {t('table.loadingRow')}
      </div>
    </div>
  )
}

interface JobTableRowProps {
  row: JobRow
  rowIndex: number
  top: number
  now: number
  listSearch: string
}

/**
 * One row, memoised: rows that stay on screen across a filter change or refresh don't render again. Cells use
 * plain elements and CSS classes rather than Mantine's Text/Anchor, which keeps a keystroke's re-render cheap.
 */
const JobTableRow = memo(function JobTableRow({ row, rowIndex, top, now, listSearch }: JobTableRowProps) {
  const { t } = useTranslation('jobs')
  const job = row.job
  const hasId = Number.isFinite(row.id)
  const running = row.status === 'RUNNING'
  const duration = running && Number.isFinite(row.startMs) ? now - row.startMs : row.durationMs
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={classes.row}
      data-status={row.status ?? 'UNKNOWN'}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <div role="cell" data-col="id" className={classes.cell}>
        {hasId ? (
          <Link
            to={routes.jobs.detail.href(row.id)}
            state={{ listSearch }}
            className={classes.link}
            aria-label={t('table.openJob', { id: row.id })}
          >
            {row.id}
          </Link>
        ) : (
          <span className={classes.text}>—</span>
        )}
      </div>
      <div role="cell" data-col="type" className={classes.cell}>
        <JobTypeLabel type={job.type} />
      </div>
      <div role="cell" data-col="status" className={classes.cell}>
        <JobStatusBadge status={job.status} />
      </div>
      <div role="cell" data-col="object" className={classes.cell}>
        <JobObject row={row} />
        {/* Shown only where the type, start and duration columns fold away (narrow screens, jobs-table.module.css). */}
        <span className={`${classes.folded} ${classes.small} ${classes.dimmed}`}>
          {t(`type.${isKnownJobType(job.type) ? job.type : 'unknown'}`)} ·{' '}
          {formatApplianceTime(job.startTime)} · {formatDuration(duration)}
        </span>
      </div>
      <div role="cell" data-col="start" className={`${classes.cell} ${classes.small}`}>
        {formatApplianceTime(job.startTime)}
      </div>
      <div role="cell" data-col="end" className={`${classes.cell} ${classes.small}`}>
        {running ? t('table.stillRunning') : formatApplianceTime(job.endTime)}
      </div>
      <div role="cell" data-col="duration" className={`${classes.cell} ${classes.text}`}>
        {formatDuration(duration)}
      </div>
      <div role="cell" data-col="details" className={classes.cell}>
        <JobDetailsCell row={row} />
      </div>
    </div>
  )
})

/** The object a job worked on: its resource group (linked) or VM/datastore, with the job's name under it. */
function JobObject({ row }: { row: JobRow }) {
  const { t } = useTranslation('jobs')
  const job = row.job
  const rgId = job.resourceGroupId
  const objectName = job.objectName ?? null
  return (
    <div className={classes.stack}>
      {typeof rgId === 'number' ? (
        <Link to={routes.resourceGroups.detail.href(rgId)} className={`${classes.link} ${classes.truncate}`}>
          {job.resourceGroupName ?? t('table.resourceGroupId', { id: rgId })}
        </Link>
      ) : objectName ? (
        <span className={`${classes.text} ${classes.truncate}`}>
          {job.objectType === 'DATASTORE'
            ? t('object.datastore', { name: objectName })
            : t('object.vm', { name: objectName })}
        </span>
      ) : null}
      <span
        className={`${classes.small} ${classes.dimmed} ${classes.truncate}`}
        title={job.name ?? undefined}
      >
        {job.name || '—'}
      </span>
    </div>
  )
}

/** Running: progress and phase. Failed or warning: the reason, in the row. Otherwise nothing. */
function JobDetailsCell({ row }: { row: JobRow }) {
  const { t } = useTranslation('jobs')
  const job = row.job
  if (row.status === 'RUNNING') {
    return (
      <JobProgress id={Number.isFinite(row.id) ? row.id : '—'} progress={job.progress} phase={job.phase} />
    )
  }
  if (row.status === 'FAILED' || row.status === 'WARNING') {
    const reason = job.failureReason
    return (
      <div className={classes.stack}>
        <span
          className={`${classes.small} ${classes.truncate} ${row.status === 'FAILED' ? classes.failed : classes.warning}`}
          title={reason ?? undefined}
        >
          {reason || t('table.noReason')}
        </span>
        {row.cause && <LikelyCauseLine cause={row.cause} />}
      </div>
    )
  }
  return <span className={`${classes.text} ${classes.dimmed}`}>—</span>
}
