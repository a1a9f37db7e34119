import type { Schedule } from '../../api'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * The longest time a schedule (or, when the group has none for a policy, the policy's frequency) lets pass
 * between two backups, in ms; null when nothing is expected (on demand, or a type the console doesn't know).
 * A month counts as 31 days so a long month is never mistaken for a missed run.
 */
export function cadenceMs(
  schedule: Schedule | null | undefined,
  frequency: string | null | undefined,
): number | null {
  const type = schedule?.type ?? frequency
  const every = schedule?.every && schedule.every > 0 ? schedule.every : 1
  switch (type) {
    case 'HOURLY':
      return every * HOUR
    case 'DAILY':
      return every * DAY
    case 'WEEKLY':
      return every * 7 * DAY
    case 'MONTHLY':
      return every * 31 * DAY
    default:
      return null
  }
}

/**
 * How late a backup may be before it counts as overdue: a quarter of the interval, at least an hour. A run that
 * starts a little late, or a long backup, is not an outage; a whole missed run is.
 */
export function graceMs(cadence: number): number {
  return Math.max(HOUR, cadence / 4)
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2})$/

/** The schedule's first run as epoch ms: its local start date and time, read in the appliance's offset. */
export function scheduleStartMs(schedule: Schedule, offsetMinutes: number): number | null {
  const date = DATE.exec(schedule.startDate ?? '')
  if (!date) return null
  const time = TIME.exec(schedule.startTime ?? '') ?? ['', '00', '00']
  const local = Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +time[1]!, +time[2]!)
  return local - offsetMinutes * MINUTE
}

/**
 * When a schedule should have run between `fromMs` and `toMs` (inclusive), in epoch ms, oldest first, at most
 * `limit` runs. Schedules run in the appliance's time zone (`offsetMinutes` east of UTC). As SCV documents,
 * "every N days" counts from day 1 of each month whatever the start date; weeks count from the start date;
 * months fall on the start date's day (the month's last day when it is shorter).
 */
export function expectedRuns(
  schedule: Schedule,
  fromMs: number,
  toMs: number,
  offsetMinutes: number,
  limit = 5_000,
): number[] {
  const start = scheduleStartMs(schedule, offsetMinutes)
  const every = schedule.every > 0 ? schedule.every : 1
  if (start === null || toMs < fromMs) return []
  const runs: number[] = []
  const push = (t: number) => {
    if (t >= fromMs && t <= toMs && t >= start && runs.length < limit) runs.push(t)
  }
  if (schedule.type === 'HOURLY' || schedule.type === 'WEEKLY') {
    const step = schedule.type === 'HOURLY' ? every * HOUR : every * 7 * DAY
    const first = fromMs <= start ? start : start + Math.ceil((fromMs - start) / step) * step
    for (let t = first; t <= toMs && runs.length < limit; t += step) push(t)
    return runs
  }
  // Daily and monthly runs are placed on local calendar days: walk the days of the range.
  const offset = offsetMinutes * MINUTE
  const startLocal = new Date(start + offset)
  const timeOfDay =
    start + offset - Date.UTC(startLocal.getUTCFullYear(), startLocal.getUTCMonth(), startLocal.getUTCDate())
  const firstDay = new Date(fromMs + offset)
  let day = Date.UTC(firstDay.getUTCFullYear(), firstDay.getUTCMonth(), firstDay.getUTCDate()) - DAY
  for (; day - offset <= toMs + DAY && runs.length < limit; day += DAY) {
    const local = new Date(day)
    const dayOfMonth = local.getUTCDate()
    if (schedule.type === 'DAILY') {
      if ((dayOfMonth - 1) % every === 0) push(day + timeOfDay - offset)
    } else if (schedule.type === 'MONTHLY') {
      const months =
        (local.getUTCFullYear() - startLocal.getUTCFullYear()) * 12 +
        local.getUTCMonth() -
        startLocal.getUTCMonth()
      const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate()
      const wanted = Math.min(startLocal.getUTCDate(), lastDay)
      if (months >= 0 && months % every === 0 && dayOfMonth === wanted) push(day + timeOfDay - offset)
    }
  }
  return runs
}
