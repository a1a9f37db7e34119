import {
  isPossiblyStuck,
  runningActivityOf,
  parseTimeMs,
  type JobActivitySource,
} from '../../../api/resources'
import type { Job } from './job-row'

/** Elapsed time of a running job and how it compares with its type's usual duration. */
export interface RunningAssessment {
  elapsedMs: number
  medianMs: number | undefined
  possiblyStuck: boolean
}

/** Compares a running job's elapsed time with the median duration of its type in the job list. */
export function assessRunning(job: Job, list: JobActivitySource, now: number): RunningAssessment {
  const medianMs = runningActivityOf(list).medianByType.get(String(job.type))
  const startMs = parseTimeMs(job.startTime)
  const elapsedMs = Number.isFinite(startMs) ? Math.max(0, now - startMs) : Number.NaN
  return { elapsedMs, medianMs, possiblyStuck: isPossiblyStuck(elapsedMs, medianMs) }
}

/** The usual (median) duration of a job type in the job list, if any job of it finished. */
export function usualDuration(list: JobActivitySource, type: unknown): number | undefined {
  return runningActivityOf(list).medianByType.get(String(type))
}
