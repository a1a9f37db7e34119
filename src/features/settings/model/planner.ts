import type { components } from '../../../api/schema'
import { parseQuartzCron, type QuartzCron } from '../../../lib/cron/quartz-cron'
import { cronRuns } from '../../../lib/cron/quartz-runs'
import {
  addLocalDays,
  fromLocal,
  offsetAt,
  toLocal,
  weekdayOf,
  type LocalDateTime,
  type TimeZone,
} from '../../../lib/time/zone'

type ResourceGroup = components['schemas']['ResourceGroup']
type Schedule = components['schemas']['Schedule']
type BuiltIn = components['schemas']['BuiltInSchedule']

const MINUTE = 60_000
const DAY = 86_400_000
/** Runs that start this close together are a collision: the appliance does both at once. */
const COLLISION_WINDOW_MS = 30 * MINUTE
/** Backups starting together that make a busy slot even without a maintenance task. */
const BUSY_BACKUPS = 3
/** A schedule that would fill the week with more runs than this is drawn with its first ones only. */
const MAX_RUNS_PER_SCHEDULE = 400

export interface PlannerRun {
  at: number
  kind: 'backup' | 'builtin'
  /** Group name, or built-in schedule name. */
  label: string
  groupId?: number
  policyName?: string
}

/**
 * How a group's policy schedule repeats, read as SCV's scheduler would (SCV is Java/Quartz; the GUI's
 * "Type, Every, Starting, At" are inferred to map like this): hourly every N hours counted from midnight,
 * daily every N days counted from the 1st of the month (documented), weekly on the start date's weekday every
 * N weeks, monthly on the start date's day every N months counted from the start month.
 */
export function groupScheduleRule(schedule: Schedule): {
  cron: QuartzCron
  start: LocalDateTime
  dayFilter?: (y: number, m: number, d: number) => boolean
} | null {
  const every = Math.max(1, Math.floor(schedule.every ?? 1))
  const [hour = 0, minute = 0] = (schedule.startTime ?? '00:00').split(':').map(Number)
  const [year = 1970, month = 1, day = 1] = (schedule.startDate ?? '1970-01-01').split('-').map(Number)
  const start = { year, month, day, hour, minute, second: 0 }
  let expression: string
  let dayFilter: ((y: number, m: number, d: number) => boolean) | undefined
  switch (schedule.type) {
    case 'HOURLY':
      expression = `0 ${minute} ${hour % every}/${Math.min(every, 23)} * * ?`
      break
    case 'DAILY':
      expression = `0 ${minute} ${hour} 1/${Math.min(every, 31)} * ?`
      break
    case 'WEEKLY': {
      expression = `0 ${minute} ${hour} ? * ${weekdayOf(year, month, day)}`
      const startDay = Date.UTC(year, month - 1, day)
      dayFilter = (y, m, d) => Math.round((Date.UTC(y, m - 1, d) - startDay) / (7 * DAY)) % every === 0
      break
    }
    case 'MONTHLY':
      expression = `0 ${minute} ${hour} ${day} ${month}/${Math.min(every, 12)} ?`
      break
    default:
      return null
  }
  const parsed = parseQuartzCron(expression)
  return parsed.ok ? { cron: parsed.cron, start, dayFilter } : null
}

/** Every run in [from, to) of every group's policy schedules and of the built-in schedules, oldest first. */
export function plannerRuns(input: {
  groups: readonly ResourceGroup[]
  builtIns: readonly BuiltIn[]
  applianceZone: TimeZone
  from: number
  to: number
}): PlannerRun[] {
  const { applianceZone: zone, from, to } = input
  const runs: PlannerRun[] = []
  for (const group of input.groups) {
    // A suspended group starts no scheduled backups.
    if (group.status === 'UNDER_MAINTENANCE') continue
    for (const policy of group.policies ?? []) {
      if (!policy.schedule) continue
      const rule = groupScheduleRule(policy.schedule)
      if (!rule) continue
      const startAt = fromLocal(rule.start, zone).instant
      const after = Math.max(from, startAt) - 1
      for (const at of cronRuns(rule.cron, zone, {
        after,
        before: to,
        limit: MAX_RUNS_PER_SCHEDULE,
        dayFilter: rule.dayFilter,
      }))
        runs.push({ at, kind: 'backup', label: group.name, groupId: group.id, policyName: policy.name })
    }
  }
  for (const schedule of input.builtIns) {
    const parsed = parseQuartzCron(schedule.cronExpression)
    if (!parsed.ok) continue
    for (const at of cronRuns(parsed.cron, zone, {
      after: from - 1,
      before: to,
      limit: MAX_RUNS_PER_SCHEDULE,
    }))
      runs.push({ at, kind: 'builtin', label: String(schedule.name) })
  }
  return runs.sort((a, b) => a.at - b.at || a.label.localeCompare(b.label))
}

export interface Collision {
  at: number
  runs: PlannerRun[]
}

/**
 * Times when work piles up: a maintenance task within {@link COLLISION_WINDOW_MS} of a backup (the database
 * dump even blocks on-demand backups), or {@link BUSY_BACKUPS} backups or more starting together.
 */
export function findCollisions(runs: readonly PlannerRun[]): Collision[] {
  const collisions: Collision[] = []
  let i = 0
  while (i < runs.length) {
    const first = runs[i] as PlannerRun
    const cluster = runs.filter((r) => r.at >= first.at && r.at < first.at + COLLISION_WINDOW_MS)
    const builtIns = cluster.filter((r) => r.kind === 'builtin').length
    const backups = cluster.length - builtIns
    if ((builtIns > 0 && backups > 0) || backups >= BUSY_BACKUPS) {
      collisions.push({ at: first.at, runs: cluster })
      i += cluster.length
    } else {
      i += 1
    }
  }
  return collisions
}

export interface PlannerDay {
  /** The local date in the display zone. */
  date: { year: number; month: number; day: number }
  /** 23 or 25 on a daylight-saving change day. */
  hours: number
  /** The local hour that is skipped (clocks forward) or happens twice (clocks back), if any. */
  change: { kind: 'forward' | 'back'; hour: number } | null
  /** Runs by local hour 0–23. */
  slots: PlannerRun[][]
}

/** The Monday on or before a local date. */
export function mondayOf(date: { year: number; month: number; day: number }) {
  const weekday = weekdayOf(date.year, date.month, date.day) // 1 = Sunday
  return addLocalDays({ ...date, hour: 0, minute: 0, second: 0 }, -((weekday + 5) % 7))
}

/** The instants a week of local days in `zone` covers, from its Monday 00:00 to the next Monday 00:00. */
export function weekRange(monday: { year: number; month: number; day: number }, zone: TimeZone) {
  const start = { ...monday, hour: 0, minute: 0, second: 0 }
  return {
    from: fromLocal(start, zone).instant,
    to: fromLocal(addLocalDays(start, 7), zone).instant,
  }
}

/** The local clock change on a date in `zone`, found by comparing the offsets at its start and end. */
function clockChange(
  date: { year: number; month: number; day: number },
  zone: TimeZone,
): PlannerDay['change'] {
  const midnight = { ...date, hour: 0, minute: 0, second: 0 }
  const start = fromLocal(midnight, zone).instant
  const end = fromLocal(addLocalDays(midnight, 1), zone).instant
  const before = offsetAt(zone, start)
  const after = offsetAt(zone, end - 1)
  if (before === after) return null
  // Find the hour the offset changes in, stepping an hour at a time.
  for (let t = start; t < end; t += 3_600_000) {
    if (offsetAt(zone, t + 3_600_000) !== before) {
      const hour = toLocal(t + 3_600_000, zone).hour
      return after > before ? { kind: 'forward', hour: hour - 1 } : { kind: 'back', hour: hour }
    }
  }
  return null
}

/** Places runs into the days and hours of the week in the display zone. */
export function placeRuns(
  runs: readonly PlannerRun[],
  monday: { year: number; month: number; day: number },
  zone: TimeZone,
): PlannerDay[] {
  const days: PlannerDay[] = []
  for (let i = 0; i < 7; i++) {
    const local = addLocalDays({ ...monday, hour: 0, minute: 0, second: 0 }, i)
    const date = { year: local.year, month: local.month, day: local.day }
    const change = clockChange(date, zone)
    days.push({
      date,
      hours: change ? (change.kind === 'forward' ? 23 : 25) : 24,
      change,
      slots: Array.from({ length: 24 }, () => []),
    })
  }
  for (const run of runs) {
    const local = toLocal(run.at, zone)
    const day = days.find(
      (d) => d.date.year === local.year && d.date.month === local.month && d.date.day === local.day,
    )
    day?.slots[local.hour]?.push(run)
  }
  return days
}
