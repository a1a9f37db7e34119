import type { JobsSnapshot } from '../../../api/resources'
import { assessRunning } from './job-set'

/** The numbers at the top of the jobs page. */
export interface JobStatusCounts {
  running: number
  possiblyStuck: number
  failed24h: number
  warning24h: number
  successful24h: number
}

/**
 * Running jobs (and how many look stuck) and the outcomes of jobs that started in the last 24 h, as of the
 * snapshot's arrival (the job index counted the outcomes).
 */
export function countJobStatuses(snapshot: JobsSnapshot): JobStatusCounts {
  const { running, outcomes } = snapshot.summary
  return {
    running: running.length,
    possiblyStuck: running.filter((job) => assessRunning(job, snapshot, snapshot.at).possiblyStuck).length,
    ...outcomes,
  }
}
