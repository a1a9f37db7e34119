import { isPossiblyStuck, jobActivityOf } from '../../../api/resources'
import { searchTextOf, toJobRow, type Job, type JobRow } from './job-row'

/**
 * Everything derived from one response of `GET /4.1/jobs`, computed once per data set and shared by the
 * table, the status counts and the header indicator (a WeakMap keyed by the array, so
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
  // The shared activity (also what the polling rule reads) has parsed the timestamps and the medians once.
  const activity = jobActivityOf(jobs)
  const rows = new Array<JobRow>(jobs.length)
  for (let i = 0; i < jobs.length; i++) {
    rows[i] = toJobRow(jobs[i] as Job, i, activity.startMs[i], activity.endMs[i])
  }
  const running = activity.running.map((index) => rows[index] as JobRow)
  const searchText: string[] = []
  const buildUpTo = (end: number) => {
    for (let i = searchText.length; i < end; i++) searchText.push(searchTextOf(rows[i] as JobRow))
  }
  const set: JobSet = {
    rows,
    running,
    medianByType: activity.medianByType,
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
    possiblyStuck: isPossiblyStuck(elapsedMs, medianMs),
  }
}
