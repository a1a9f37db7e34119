import { FAILURE_CAUSES, UNRECOGNISED, type LikelyCause } from './failure-causes'
import type { JobRow } from './job-row'

const DAY = 86_400_000

/** Failed and warning jobs of one likely cause that started in the last 24 hours and the last 7 days. */
export interface CauseCount {
  cause: LikelyCause
  last24h: number
  last7d: number
}

/** The summary's order: known causes as the signatures list them, "not recognised" last. */
const ORDER: readonly LikelyCause[] = [...FAILURE_CAUSES, UNRECOGNISED]

/**
 * Counts failed and warning jobs per likely cause over the last 24 h and 7 d (by start time, as the status
 * counts do). Causes with no job in 7 days are left out; the most frequent comes first.
 */
export function countFailureCauses(rows: readonly JobRow[], now: number): CauseCount[] {
  const dayAgo = now - DAY
  const weekAgo = now - 7 * DAY
  const counts = new Map<LikelyCause, CauseCount>()
  for (const row of rows) {
    if (row.cause === null || !(row.startMs >= weekAgo)) continue
    let count = counts.get(row.cause)
    if (!count) {
      count = { cause: row.cause, last24h: 0, last7d: 0 }
      counts.set(row.cause, count)
    }
    count.last7d++
    if (row.startMs >= dayAgo) count.last24h++
  }
  return [...counts.values()].sort(
    (a, b) => b.last7d - a.last7d || ORDER.indexOf(a.cause) - ORDER.indexOf(b.cause),
  )
}
