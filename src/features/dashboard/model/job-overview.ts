import type { components } from '../../../api'
import { isPossiblyStuck, jobActivityOf } from '../../../api/resources'
import { outcomesOver, recentJobs, reportIndexOf, type StatusCounts } from '../../../lib/jobs/report-index'
import type { ReportJobKind } from '../../../lib/jobs/report-kinds'

type Job = components['schemas']['Job']

/** The windows the dashboard's job chart offers, in days. */
export const OUTCOME_WINDOWS = [7, 30] as const
export type OutcomeWindow = (typeof OUTCOME_WINDOWS)[number]

const RECENT_COUNT = 5

/** What the dashboard shows of the job list, computed once per list (and per read time). */
export interface JobOverview {
  recent: Job[]
  running: { job: Job; possiblyStuck: boolean }[]
  outcomes: Record<OutcomeWindow, Record<ReportJobKind, StatusCounts>>
}

const cache = new WeakMap<readonly Job[], { now: number; overview: JobOverview }>()

/**
 * The recent activity, the running jobs and the outcomes over both windows, in one pass per window over the
 * report index (built once per list) — not per render, and not again when the window switch changes.
 */
export function jobOverviewOf(jobs: readonly Job[], now: number): JobOverview {
  const cached = cache.get(jobs)
  if (cached && cached.now === now) return cached.overview
  const started = performance.now()
  const index = reportIndexOf(jobs)
  const activity = jobActivityOf(jobs)
  const running = activity.running.map((i) => {
    const job = jobs[i] as Job
    const elapsed = now - (activity.startMs[i] as number)
    return { job, possiblyStuck: isPossiblyStuck(elapsed, activity.medianByType.get(String(job.type))) }
  })
  const overview: JobOverview = {
    recent: recentJobs(index, RECENT_COUNT),
    running,
    outcomes: { 7: outcomesOver(index, 7, now), 30: outcomesOver(index, 30, now) },
  }
  cache.set(jobs, { now, overview })
  // Read by `npm run bench`: the cost of aggregating one answer (100,000 jobs at the large seed).
  performance.measure('dashboard:aggregate', { start: started })
  return overview
}
