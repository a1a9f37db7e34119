import { assessRunning, type JobSet } from './job-set'

/** The numbers at the top of the jobs page. */
export interface JobStatusCounts {
  running: number
  possiblyStuck: number
  failed24h: number
  warning24h: number
  successful24h: number
}

const DAY = 86_400_000

/** Counts running jobs (and how many look stuck) and the outcomes of jobs that started in the last 24 h. */
export function countJobStatuses(set: JobSet, now: number): JobStatusCounts {
  const counts: JobStatusCounts = {
    running: 0,
    possiblyStuck: 0,
    failed24h: 0,
    warning24h: 0,
    successful24h: 0,
  }
  const since = now - DAY
  for (const row of set.rows) {
    if (row.status === 'RUNNING') continue
    if (!(row.startMs >= since)) continue
    if (row.status === 'FAILED') counts.failed24h++
    else if (row.status === 'WARNING') counts.warning24h++
    else if (row.status === 'SUCCESSFUL') counts.successful24h++
  }
  counts.running = set.running.length
  counts.possiblyStuck = set.running.filter((row) => assessRunning(row, set, now).possiblyStuck).length
  return counts
}
