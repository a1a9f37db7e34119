import { parseQuartzCron, runsPerHour, type CronIssue, type QuartzCron } from '../../../lib/cron/quartz-cron'
import { nextRuns } from '../../../lib/cron/quartz-runs'
import type { TimeZone } from '../../../lib/time/zone'

const PREVIEW_RUNS = 5

export type ScheduleCheck =
  | { ok: true; cron: QuartzCron; runs: number[]; perHour: number }
  | { ok: false; issue: CronIssue | 'neverRuns' }

/**
 * A cron expression as SCV's Quartz scheduler would take it: the dialect, then the next runs in the
 * appliance's zone (none means Quartz refuses it: "will never fire"), and how often it runs within an hour.
 */
export function checkSchedule(expression: string, zone: TimeZone, now: number): ScheduleCheck {
  const parsed = parseQuartzCron(expression)
  if (!parsed.ok) return { ok: false, issue: parsed.issue }
  const runs = nextRuns(parsed.cron, zone, now, PREVIEW_RUNS)
  if (runs.length === 0) return { ok: false, issue: 'neverRuns' }
  return { ok: true, cron: parsed.cron, runs, perHour: runsPerHour(parsed.cron) }
}

/** The five documented schedules, in the documentation's order; the catalogue explains each. */
export const KNOWN_SCHEDULES = [
  'Schedule-DatabaseDump',
  'Schedule-PurgeBackups',
  'Schedule-AsupDataCollection',
  'Schedule-ComputeStorageSaving',
  'Schedule-PurgeJobs',
] as const

export function isKnownSchedule(name: string): name is (typeof KNOWN_SCHEDULES)[number] {
  return (KNOWN_SCHEDULES as readonly string[]).includes(name)
}

/**
 * The job-log documentation says the six-hourly purge "cannot be modified", while the schedules page lists
 * Schedule-PurgeJobs as editable: the console offers the edit and says the appliance may refuse it.
 */
export function mayBeRefused(name: string): boolean {
  return name === 'Schedule-PurgeJobs'
}
