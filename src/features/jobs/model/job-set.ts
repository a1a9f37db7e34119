import { searchTextOf, toJobRow, type Job, type JobRow } from './job-row'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * Everything derived from one response of `GET /4.1/jobs`, computed once per data set and shared by the
 * table, the status counts, the header indicator and the polling decision (a WeakMap keyed by the array, so
 * a refetch that returns new data recomputes and the old result is garbage-collected with it).
 */
export interface JobSet {
  rows: readonly JobRow[]
  running: readonly JobRow[]
  /** Median duration (ms) of finished jobs per type (raw type string), from SUCCESSFUL and WARNING jobs. */
  medianByType: ReadonlyMap<string, number>
  /** Lower-case search text per row (100,000 strings cost ~100 ms): finishes building it if needed. */
  searchText: () => readonly string[]
  /**
   * Builds the search text in small slices between other work, so the first keystroke finds it ready and no
   * slice blocks the page for long. Returns a cancel function.
   */
  warmSearchText: () => () => void
}

const WARM_SLICE = 5_000

const cache = new WeakMap<readonly Job[], JobSet>()

/** The derived job set for a response's job list (cached per list). */
export function jobSetOf(jobs: readonly Job[]): JobSet {
  const cached = cache.get(jobs)
  if (cached) return cached
  const rows = new Array<JobRow>(jobs.length)
  const running: JobRow[] = []
  const durations = new Map<string, number[]>()
  for (let i = 0; i < jobs.length; i++) {
    const row = toJobRow(jobs[i] as Job, i)
    rows[i] = row
    if (row.status === 'RUNNING') running.push(row)
    else if ((row.status === 'SUCCESSFUL' || row.status === 'WARNING') && row.durationMs >= 0) {
      const key = String(row.job.type)
      const list = durations.get(key)
      if (list) list.push(row.durationMs)
      else durations.set(key, [row.durationMs])
    }
  }
  const medianByType = new Map<string, number>()
  for (const [type, list] of durations) medianByType.set(type, median(list))
  const searchText: string[] = []
  const buildUpTo = (end: number) => {
    for (let i = searchText.length; i < end; i++) searchText.push(searchTextOf(rows[i] as JobRow))
  }
  const set: JobSet = {
    rows,
    running,
    medianByType,
    searchText: () => {
      buildUpTo(rows.length)
      return searchText
    },
    warmSearchText: () => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const step = () => {
        buildUpTo(Math.min(rows.length, searchText.length + WARM_SLICE))
        if (searchText.length < rows.length) timer = setTimeout(step, 0)
      }
      timer = setTimeout(step, 0)
      return () => clearTimeout(timer)
    },
  }
  cache.set(jobs, set)
  return set
}

/** Median of a non-empty list (typed-array sort: numeric and fast). */
export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * When a running job counts as "possibly stuck": five times its type's usual (median) duration and at least
 * 30 minutes, or 6 hours when there is no history to compare with. Generous on purpose — marking a job failed
 * only stops SCV tracking it, and a false alarm invites that.
 */
export function stuckThresholdMs(medianMs: number | undefined): number {
  return medianMs === undefined ? 6 * HOUR : Math.max(5 * medianMs, 30 * MINUTE)
}

/** Elapsed time of a running job and how it compares with its type's usual duration. */
export interface RunningAssessment {
  elapsedMs: number
  medianMs: number | undefined
  possiblyStuck: boolean
}

/** Compares a running job's elapsed time with the median duration of its type. */
export function assessRunning(row: JobRow, set: JobSet, now: number): RunningAssessment {
  const medianMs = set.medianByType.get(String(row.job.type))
  const elapsedMs = Number.isFinite(row.startMs) ? Math.max(0, now - row.startMs) : Number.NaN
  return {
    elapsedMs,
    medianMs,
    possiblyStuck: Number.isFinite(elapsedMs) && elapsedMs > stuckThresholdMs(medianMs),
  }
}

/** How often the job list refreshes while jobs move (ms). */
export const LIVE_POLL_MS = 2_000
/**
 * Refresh interval for the job list: every 2 s while a job is making progress, otherwise never. Jobs far past
 * their usual duration ("possibly stuck", like the ones failJobs exists for) don't count: they sit in RUNNING
 * for days, and polling for them would download every job (38 MB at 100,000 jobs) forever. The list still
 * refreshes on navigation, after this console's own mutations and with the Refresh button.
 */
export function listPollInterval(jobs: readonly Job[] | undefined, now = Date.now()): number | false {
  if (!jobs) return false
  const set = jobSetOf(jobs)
  return set.running.some((row) => !assessRunning(row, set, now).possiblyStuck) ? LIVE_POLL_MS : false
}

/** True when jobs run but all of them look stuck (the list then does not refresh on its own). */
export function onlyStuckJobsRun(jobs: readonly Job[] | undefined, now = Date.now()): boolean {
  if (!jobs) return false
  const set = jobSetOf(jobs)
  return set.running.length > 0 && set.running.every((row) => assessRunning(row, set, now).possiblyStuck)
}
