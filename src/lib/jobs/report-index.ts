import type { components } from '../../api'
import { jobActivityOf } from '../../api/resources'
import {
  REPORT_JOB_KINDS,
  reportKindOf,
  reportStatusOf,
  type ReportJobKind,
  type ReportStatus,
} from './report-kinds'

type Job = components['schemas']['Job']

const DAY = 86_400_000

/**
 * The job list arranged for reports and the dashboard, built once per response (a WeakMap keyed by the array)
 * on top of the start and end times the jobs resource already parsed: each report kind's jobs, newest first.
 */
export interface ReportIndex {
  jobs: readonly Job[]
  startMs: Float64Array
  endMs: Float64Array
  /** Job indexes per report kind, newest start first (jobs without a readable start last). */
  byKind: Readonly<Record<ReportJobKind, Int32Array>>
}

const cache = new WeakMap<readonly Job[], ReportIndex>()

function newestFirst(indexes: number[], startMs: Float64Array): Int32Array {
  const order = Int32Array.from(indexes)
  let sorted = true
  for (let i = 1; i < order.length && sorted; i++) {
    const previous = startMs[order[i - 1] as number] as number
    const current = startMs[order[i] as number] as number
    if (!(previous >= current) && !Number.isNaN(current)) sorted = false
  }
  // The appliance lists jobs newest first: sorting is usually not needed at all.
  if (sorted) return order
  return order.sort((a, b) => {
    const ka = startMs[a] as number
    const kb = startMs[b] as number
    if (Number.isNaN(ka) || Number.isNaN(kb)) return Number.isNaN(ka) ? (Number.isNaN(kb) ? a - b : 1) : -1
    return kb - ka || a - b
  })
}

/** The report index of a job list (cached per list). */
export function reportIndexOf(jobs: readonly Job[]): ReportIndex {
  const cached = cache.get(jobs)
  if (cached) return cached
  const started = performance.now()
  const { startMs, endMs } = jobActivityOf(jobs)
  const lists: Record<ReportJobKind, number[]> = { backup: [], restore: [], mount: [] }
  for (let i = 0; i < jobs.length; i++) {
    const kind = reportKindOf((jobs[i] as Partial<Job>).type)
    if (kind) lists[kind].push(i)
  }
  const byKind = {
    backup: newestFirst(lists.backup, startMs),
    restore: newestFirst(lists.restore, startMs),
    mount: newestFirst(lists.mount, startMs),
  }
  const index: ReportIndex = { jobs, startMs, endMs, byKind }
  cache.set(jobs, index)
  // Read by `npm run bench`: parsing the list's times (when no one has yet) and indexing it, once per answer.
  performance.measure('jobs:report-index', { start: started })
  return index
}

export type StatusCounts = Record<ReportStatus, number>

/** Zero for every status. */
export function emptyCounts(): StatusCounts {
  return { SUCCESSFUL: 0, WARNING: 0, FAILED: 0, RUNNING: 0, OTHER: 0 }
}

/**
 * How each kind of job ended over the last `days` days (jobs that started then; running jobs count as running).
 * Walks each kind's newest-first list and stops at the window's start.
 */
export function outcomesOver(
  index: ReportIndex,
  days: number,
  now: number,
): Record<ReportJobKind, StatusCounts> {
  const since = now - days * DAY
  const result = {} as Record<ReportJobKind, StatusCounts>
  for (const kind of REPORT_JOB_KINDS) {
    const counts = emptyCounts()
    for (const i of index.byKind[kind]) {
      const start = index.startMs[i] as number
      if (!(start >= since)) {
        if (Number.isNaN(start)) continue
        break
      }
      counts[reportStatusOf(index.jobs[i] as Job)]++
    }
    result[kind] = counts
  }
  return result
}

/** The newest `count` jobs across the report kinds (the dashboard's recent activity). */
export function recentJobs(index: ReportIndex, count: number): Job[] {
  const candidates: number[] = []
  for (const kind of REPORT_JOB_KINDS) candidates.push(...index.byKind[kind].subarray(0, count))
  candidates.sort((a, b) => (index.startMs[b] as number) - (index.startMs[a] as number))
  return candidates.slice(0, count).map((i) => index.jobs[i] as Job)
}

/** `YYYY-MM-DD` of an instant on the appliance's clock (`offsetMinutes` east of UTC). */
export function applianceDay(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10)
}
