import type { QuartzCron } from './quartz-cron'
import { daysInMonth, fromLocal, offsetAt, toLocal, weekdayOf, type TimeZone } from '../time/zone'

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000
/** Quartz's last year. */
const LAST_YEAR = 2099

export interface RunWindow {
  /** Runs strictly after this instant. */
  after: number
  /** Runs strictly before this instant (default: no end). */
  before?: number
  /** At most this many runs. */
  limit: number
  /** Extra calendar rule a schedule adds (e.g. "every second week"); month 1–12. */
  dayFilter?: (year: number, month: number, day: number) => boolean
}

/** The weekday nearest `target` within its month, as Quartz's `W` picks it. */
function nearestWeekday(year: number, month: number, target: number): number {
  const last = daysInMonth(year, month)
  const weekday = weekdayOf(year, month, target)
  if (weekday === 7) return target === 1 ? 3 : target - 1
  if (weekday === 1) return target === last ? target - 2 : target + 1
  return target
}

/** Does the expression's day-of-month and day-of-week allow this calendar date? */
function cronAllowsDay(cron: QuartzCron, year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month)
  const dom = cron.dayOfMonth
  if (dom.kind === 'days' && !dom.days.includes(day)) return false
  if (dom.kind === 'last') {
    const target = last - dom.offset
    if (target < 1) return false
    if (day !== (dom.weekday ? nearestWeekday(year, month, target) : target)) return false
  }
  if (dom.kind === 'nearestWeekday' && (dom.day > last || day !== nearestWeekday(year, month, dom.day)))
    return false
  const dow = cron.dayOfWeek
  if (dow.kind === 'unspecified') return true
  const weekday = weekdayOf(year, month, day)
  if (dow.kind === 'days') return dow.days.includes(weekday)
  if (dow.kind === 'last') return weekday === dow.day && day + 7 > last
  return weekday === dow.day && Math.ceil(day / 7) === dow.n
}

/**
 * The runs of one calendar day in `zone`, in order. Days without a clock change take the fast path (one
 * offset for the whole day); on a change day each wall time is placed on its own, which may move a time in
 * the gap forward and so reorder the day.
 */
function runsOnDay(
  cron: QuartzCron,
  zone: TimeZone,
  date: { year: number; month: number; day: number },
  after: number,
  limit: number,
): number[] {
  const dayWall = Date.UTC(date.year, date.month - 1, date.day)
  const offset = offsetAt(zone, dayWall - DAY)
  const steady = offset === offsetAt(zone, dayWall + 2 * DAY)
  const runs: number[] = []
  for (const hour of cron.hours) {
    for (const minute of cron.minutes) {
      for (const second of cron.seconds) {
        if (steady) {
          const instant = dayWall + hour * HOUR + minute * MINUTE + second * 1000 - offset * MINUTE
          if (instant <= after) continue
          runs.push(instant)
          if (runs.length >= limit) return runs
        } else {
          const { instant } = fromLocal({ ...date, hour, minute, second }, zone)
          if (instant > after) runs.push(instant)
        }
      }
    }
  }
  return steady ? runs : [...new Set(runs)].sort((a, b) => a - b).slice(0, limit)
}

/**
 * The expression's runs in `zone` within the window, oldest first: what the appliance's Quartz scheduler
 * would fire, read in the appliance's time zone.
 */
export function cronRuns(cron: QuartzCron, zone: TimeZone, window: RunWindow): number[] {
  const runs: number[] = []
  const before = window.before ?? Number.POSITIVE_INFINITY
  const start = toLocal(window.after, zone)
  let { year, month, day } = start
  const lastYear = Math.min(LAST_YEAR, cron.years?.at(-1) ?? LAST_YEAR)
  while (runs.length < window.limit && year <= lastYear) {
    // A local day starts at most 14 h before its wall time read as UTC: past that, nothing is left to find.
    if (Date.UTC(year, month - 1, day) - 14 * HOUR >= before) break
    if (cron.years && !cron.years.includes(year)) {
      year += 1
      month = 1
      day = 1
      continue
    }
    if (!cron.months.includes(month) || day > daysInMonth(year, month)) {
      month += 1
      if (month > 12) {
        month = 1
        year += 1
      }
      day = 1
      continue
    }
    if (cronAllowsDay(cron, year, month, day) && (!window.dayFilter || window.dayFilter(year, month, day))) {
      for (const run of runsOnDay(
        cron,
        zone,
        { year, month, day },
        window.after,
        window.limit - runs.length,
      )) {
        if (run >= before) return runs
        runs.push(run)
      }
    }
    day += 1
  }
  return runs
}

/** The next `count` runs after `after`. */
export function nextRuns(cron: QuartzCron, zone: TimeZone, after: number, count: number): number[] {
  return cronRuns(cron, zone, { after, limit: count })
}
