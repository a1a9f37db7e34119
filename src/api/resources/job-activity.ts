import type { Job } from '../types'
import { median, timeMs } from './job-index'
import type { JobsSnapshot } from './job-store'
import { parseTimeMs } from './parse-time'

export { median }

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
 * What the job list says about running work: the running jobs and each type's usual duration. The list
 * query keeps it in its snapshot's summary (the job index computes it off the page); a list of jobs at hand
 * (tests, a page that holds the whole list) is summarised here.
 */
export interface RunningActivity {
  running: readonly Job[]
  /** Median duration (ms) of finished jobs per type (raw type string), from SUCCESSFUL and WARNING jobs. */
  medianByType: ReadonlyMap<string, number>
  /** The highest job id, and the highest of a job that has ended (-1 when none). */
  newestId: number
  newestEndedId: number
}

/** Where an activity comes from: the list query's snapshot, or a list of jobs at hand. */
export type JobActivitySource = JobsSnapshot | readonly Job[]

const runningCache = new WeakMap<object, RunningActivity>()

/** The running activity of a snapshot or a job list (cached per snapshot or array). */
export function runningActivityOf(source: JobActivitySource): RunningActivity {
  const cached = runningCache.get(source)
  if (cached) return cached
  let activity: RunningActivity
  if (isSnapshot(source)) {
    const { running, medianByType, newestId, newestEndedId } = source.summary
    activity = { running, medianByType: new Map(medianByType), newestId, newestEndedId }
  } else {
    const { running, medianByType } = jobActivityOf(source)
    let newestId = -1
    let newestEndedId = -1
    for (const job of source) {
      const id: unknown = job.id
      if (typeof id !== 'number') continue
      if (id > newestId) newestId = id
      if (id > newestEndedId && job.status !== 'RUNNING') newestEndedId = id
    }
    activity = { running: running.map((i) => source[i] as Job), medianByType, newestId, newestEndedId }
  }
  runningCache.set(source, activity)
  return activity
}

function isSnapshot(source: JobActivitySource): source is JobsSnapshot {
  return !Array.isArray(source)
}

/**
 * Times and running work of a whole job list at hand (pages that aggregate every job), computed once per
 * list (a WeakMap keyed by the array, so a refetch recomputes and the old result goes with the old array).
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
    const start = timeMs(job.startTime)
    const end = timeMs(job.endTime)
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
  jobs: JobActivitySource | undefined,
  { include, now = Date.now() }: { include?: (job: Job) => boolean; now?: number } = {},
): JobPace {
  if (!jobs) return 'idle'
  const activity = runningActivityOf(jobs)
  let pace: JobPace = 'idle'
  for (const job of activity.running) {
    if (include && !include(job)) continue
    const elapsed = now - parseTimeMs(job.startTime)
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
  history: JobActivitySource | undefined,
  now = Date.now(),
): JobPace {
  const raw: Partial<Job> | undefined = job
  if (raw?.status !== 'RUNNING') return 'idle'
  const medianMs = history ? runningActivityOf(history).medianByType.get(String(raw.type)) : undefined
  return isPossiblyStuck(now - parseTimeMs(raw.startTime), medianMs) ? 'stuck' : 'progressing'
}

/**
 * True when a job that ran in `before` no longer runs in `after` (it ended, or the list dropped it), or a job
 * newer than any in `before` has already ended in `after` (a short job that started and ended between the
 * two reads; the appliance numbers jobs in the order they start).
 */
export function endedJobs(
  before: JobActivitySource | undefined,
  after: JobActivitySource | undefined,
): boolean {
  if (!before || !after) return false
  const was = runningActivityOf(before)
  const now = runningActivityOf(after)
  if (now.newestEndedId > was.newestId) return true
  if (was.running.length === 0) return false
  const runningAfter = new Set(now.running.map((job) => job.id))
  return was.running.some((job) => !runningAfter.has(job.id))
}
