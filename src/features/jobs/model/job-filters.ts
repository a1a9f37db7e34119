import {
  defaultListParams,
  directionParam,
  listParam,
  oneOfParam,
  textParam,
  type ParamFields,
  type SortDirection,
} from '../../../lib/url/list-params'
import { isLikelyCause } from './failure-causes'
import type { JobRow } from './job-row'

export const TIME_RANGES = ['all', '1h', '24h', '7d', '30d'] as const
export type TimeRange = (typeof TIME_RANGES)[number]

export const SORT_FIELDS = ['id', 'type', 'status', 'start', 'end', 'duration'] as const
export type SortField = (typeof SORT_FIELDS)[number]
export type { SortDirection }

/** The list's filters and sort, exactly as they are written in the URL so a view can be shared. */
export interface JobFilters {
  /** Raw type strings; 'unknown' selects jobs whose type the console doesn't know. */
  types: string[]
  /** Statuses; 'UNKNOWN' selects jobs with an unrecognised status. */
  statuses: string[]
  /** Likely causes of failed and warning jobs ('unrecognised' for the ones no signature matches). */
  causes: string[]
  range: TimeRange
  query: string
  sort: SortField
  dir: SortDirection
}

/** How the filters are written in the URL (`?type=&status=&cause=&range=&q=&sort=&dir=`). */
export const jobFilterFields: ParamFields<JobFilters> = {
  types: listParam('type'),
  statuses: listParam('status', { normalise: (status) => status.toUpperCase() }),
  causes: listParam('cause', { keep: isLikelyCause }),
  range: oneOfParam('range', TIME_RANGES, 'all'),
  query: textParam('q'),
  sort: oneOfParam('sort', SORT_FIELDS, 'start'),
  dir: directionParam('dir', 'desc'),
}

export const DEFAULT_FILTERS: JobFilters = defaultListParams(jobFilterFields)

const RANGE_MS: Record<Exclude<TimeRange, 'all'>, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
}

type SortKey = (row: JobRow) => number | string

const SORT_KEYS: Record<SortField, SortKey> = {
  id: (row) => row.id,
  type: (row) => String(row.job.type ?? ''),
  status: (row) => String(row.job.status ?? ''),
  start: (row) => row.startMs,
  end: (row) => row.endMs,
  duration: (row) => row.durationMs,
}

/**
 * Rows in the requested order; missing values (NaN, empty) always go last, ties keep the response order.
 * Numeric keys are read once into a typed array and an index array is sorted, so 100,000 rows allocate
 * nothing per row; the input is usually nearly sorted already, which V8's TimSort handles in close to one pass.
 */
export function sortJobRows(rows: readonly JobRow[], sort: SortField, dir: SortDirection): JobRow[] {
  const key = SORT_KEYS[sort]
  const sign = dir === 'asc' ? 1 : -1
  const n = rows.length
  const order = new Array<number>(n)
  for (let i = 0; i < n; i++) order[i] = i
  if (sort === 'type' || sort === 'status') {
    const keys = rows.map((row) => String(key(row)))
    order.sort((a, b) => {
      const ka = keys[a] as string
      const kb = keys[b] as string
      if (ka === '' || kb === '') return ka === kb ? a - b : ka === '' ? 1 : -1
      return ka < kb ? -sign : ka > kb ? sign : a - b
    })
  } else {
    const keys = new Float64Array(n)
    for (let i = 0; i < n; i++) keys[i] = key(rows[i] as JobRow) as number
    order.sort((a, b) => {
      const ka = keys[a] as number
      const kb = keys[b] as number
      const aMissing = Number.isNaN(ka)
      const bMissing = Number.isNaN(kb)
      if (aMissing || bMissing) return aMissing && bMissing ? a - b : aMissing ? 1 : -1
      return ka < kb ? -sign : ka > kb ? sign : a - b
    })
  }
  const out = new Array<JobRow>(n)
  for (let i = 0; i < n; i++) out[i] = rows[order[i] as number] as JobRow
  return out
}

/** The structural filters (type, status, time range), without the free text. */
function matchesJobFilters(row: JobRow, filters: JobFilters, now: number): boolean {
  if (filters.types.length) {
    const type = row.type ?? 'unknown'
    if (!filters.types.includes(type)) return false
  }
  if (filters.statuses.length) {
    const status = row.status ?? 'UNKNOWN'
    if (!filters.statuses.includes(status)) return false
  }
  if (filters.causes.length) {
    if (row.cause === null || !filters.causes.includes(row.cause)) return false
  }
  if (filters.range !== 'all') {
    // Running jobs stay visible whatever their start: an operator filtering "last hour" still wants them.
    if (row.status !== 'RUNNING' && !(row.startMs >= now - RANGE_MS[filters.range])) return false
  }
  return true
}

/**
 * Filters already-sorted rows (so the order is kept without sorting again). `searchText` holds each row's
 * lower-case text at the row's `index`; pass null when there is no text to search.
 */
export function filterJobRows(
  sorted: readonly JobRow[],
  filters: JobFilters,
  now: number,
  searchText: readonly string[] | null,
): JobRow[] {
  const needle = filters.query.trim().toLowerCase()
  const structural =
    filters.types.length > 0 ||
    filters.statuses.length > 0 ||
    filters.causes.length > 0 ||
    filters.range !== 'all'
  if (!structural && needle === '') return sorted as JobRow[]
  const out: JobRow[] = []
  for (const row of sorted) {
    if (structural && !matchesJobFilters(row, filters, now)) continue
    if (needle !== '' && searchText) {
      const text = searchText[row.index]
      if (text === undefined || !text.includes(needle)) continue
    }
    out.push(row)
  }
  return out
}

interface LastFilter {
  key: string
  needle: string
  rows: JobRow[]
}

const lastFilter = new WeakMap<readonly JobRow[], LastFilter>()

/**
 * {@link filterJobRows}, incremental while the user types: when only the search text changed and the new text
 * contains the previous one, the previous result is narrowed instead of scanning every job again, so each
 * further keystroke costs less than the first. Remembers one result per sorted array.
 */
export function filterJobRowsIncremental(
  sorted: readonly JobRow[],
  filters: JobFilters,
  now: number,
  searchText: readonly string[] | null,
): JobRow[] {
  const needle = filters.query.trim().toLowerCase()
  const key = [
    filters.types.join(','),
    filters.statuses.join(','),
    filters.causes.join(','),
    filters.range,
    now,
  ].join('|')
  const last = lastFilter.get(sorted)
  let rows: JobRow[]
  if (last && last.key === key && last.needle !== '' && needle.includes(last.needle) && searchText) {
    rows =
      last.needle === needle ? last.rows : last.rows.filter((row) => searchText[row.index]?.includes(needle))
  } else {
    rows = filterJobRows(sorted, filters, now, searchText)
  }
  lastFilter.set(sorted, { key, needle, rows })
  return rows
}
