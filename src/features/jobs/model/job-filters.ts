import {
  defaultListParams,
  directionParam,
  listParam,
  oneOfParam,
  textParam,
  type ParamFields,
  type SortDirection,
} from '../../../lib/url/list-params'
import { isLikelyCause, JOB_SORT_FIELDS, type JobQuery, type JobSortField } from '../../../api/resources'

export const TIME_RANGES = ['all', '1h', '24h', '7d', '30d'] as const
export type TimeRange = (typeof TIME_RANGES)[number]

export const SORT_FIELDS = JOB_SORT_FIELDS
export type SortField = JobSortField
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

/**
 * The question the job index answers for these filters: `text` is the search box's own value (it leads the
 * URL by a debounce), `now` the moment time ranges count back from (the list's arrival, so a view is stable
 * between refreshes).
 */
export function toJobQuery(filters: JobFilters, text: string, now: number): JobQuery {
  return {
    types: filters.types,
    statuses: filters.statuses,
    causes: filters.causes,
    since: filters.range === 'all' ? null : now - RANGE_MS[filters.range],
    text: text.trim(),
    sort: filters.sort,
    dir: filters.dir,
  }
}
