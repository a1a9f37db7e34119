import type { Job } from '../types'
import { parseTimeMs } from './parse-time'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** How often a job that makes progress is followed, wherever it shows (list, detail, group, result card). */
export const LIVE_POLL_MS = 2_000
/**
 * How often a job that only looks stuck is checked again. Such jobs sit in RUNNING for days (the ones failJobs
 * exists for); following them every 2 s would download the whole job list (38 MB at 100,000 jobs) for ever.
 */
export const STUCK_RECHECK_MS = 5 * MINUTE

/**
 * What one response of `GET /4.1/jobs` says about running work, computed once per list (a WeakMap keyed by
 * the array, so a refetch recomputes and the old result goes with the old array). The jobs page builds its
 * rows on top of it, so 100,000 timestamps are parsed once.
 */
export interface JobActivity {
  /** Epoch ms of each job's start and end (same index as the list), NaN when missing or unreadable. */
  startMs: Float64Array
  endMs: Float64Array
  /** Indexes of the RUNNING jobs. */
  running: readonly number[]
  /** Median duration (ms) of finished jobs per type (raw type string), from SUCCESSFUL and WARNING jobs. */
  medianByType: ReadonlyMap<string, number>
}

const cache = new WeakMap<readonly Job[], JobActivity>()

/** The activity of a job list (cached per list). */
export function jobActivityOf(jobs: readonly Job[]): JobActivity {
  const cached = cache.get(jobs)
  if (cached) return cached
  const startMs = new Float64Array(jobs.length)
  const endMs = new Float64Array(jobs.length)
  const running: number[] = []
  const durations = new Map<string, number[]>()
  for (let i = 0; i < jobs.length; i++) {
    const job: Partial<Job> = jobs[i] as Job
    const start = parseTimeMs(job.startTime)
    const end = parseTimeMs(job.endTime)
    startMs[i] = start
    endMs[i] = end
    if (job.status === 'RUNNING') running.push(i)
    else if ((job.status === 'SUCCESSFUL' || job.status === 'WARNING') && end - start >= 0) {
      const key = String(job.type)
      const list = durations.get(key)
      if (list) list.push(end - start)
      else durations.set(key, [end - start])
    }
  }
  const medianByType = new Map<string, number>()
  for (const [type, list] of durations) medianByType.set(type, median(list))
  const activity: JobActivity = { startMs, endMs, running, medianByType }
  cache.set(jobs, activity)
  return activity
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
function stuckThresholdMs(medianMs: number | undefined): number {
  return medianMs === undefined ? 6 * HOUR : Math.max(5 * medianMs, 30 * MINUTE)
}

/** True when a job running for `elapsedMs` is far past its type's usual duration. */
export function isPossiblyStuck(elapsedMs: number, medianMs: number | undefined): boolean {
  return Number.isFinite(elapsedMs) && elapsedMs > stuckThresholdMs(medianMs)
}

/**
 * How running work moves: `progressing` when a job runs within its usual time, `stuck` when jobs run but all
 * look stuck, `idle` when nothing runs.
 */
export type JobPace = 'progressing' | 'stuck' | 'idle'

/** The one polling rule for jobs: follow progress closely, re-check stuck jobs slowly, otherwise never. */
export function pollIntervalFor(pace: JobPace): number | false {
  return pace === 'progressing' ? LIVE_POLL_MS : pace === 'stuck' ? STUCK_RECHECK_MS : false
}

/** The pace of the running jobs in a list, optionally only those `include` accepts (one group's jobs). */
export function listPace(
  jobs: readonly Job[] | undefined,
  { include, now = Date.now() }: { include?: (job: Job) => boolean; now?: number } = {},
): JobPace {
  if (!jobs) return 'idle'
  const activity = jobActivityOf(jobs)
  let pace: JobPace = 'idle'
  for (const index of activity.running) {
    const job = jobs[index] as Job
    if (include && !include(job)) continue
    const elapsed = now - (activity.startMs[index] as number)
    if (!isPossiblyStuck(elapsed, activity.medianByType.get(String(job.type)))) return 'progressing'
    pace = 'stuck'
  }
  return pace
}

/**
 * The pace of one job (a job's page, a wizard's result card). Its type's usual duration comes from the job
 * list when the caller has it; without it the 6-hour fallback applies.
 */
export function jobPace(
  job: Job | undefined,
  history: readonly Job[] | undefined,
  now = Date.now(),
): JobPace {
  const raw: Partial<Job> | undefined = job
  if (raw?.status !== 'RUNNING') return 'idle'
  const medianMs = history ? jobActivityOf(history).medianByType.get(String(raw.type)) : undefined
  return isPossiblyStuck(now - parseTimeMs(raw.startTime), medianMs) ? 'stuck' : 'progressing'
}

/** True when a job that ran in `before` no longer runs in `after` (it ended, or the list dropped it). */
export function endedJobs(before: readonly Job[] | undefined, after: readonly Job[] | undefined): boolean {
  if (!before || !after) return false
  const runningBefore = jobActivityOf(before).running
  if (runningBefore.length === 0) return false
  const runningAfter = new Set(jobActivityOf(after).running.map((index) => (after[index] as Job).id))
  return runningBefore.some((index) => !runningAfter.has((before[index] as Job).id))
}
