/**
 * Time zones as the schedule code needs them: an IANA zone (with its daylight-saving rules, read from the
 * browser's Intl data) or a fixed UTC offset (all an appliance reveals when it writes `+08:00` in its times).
 * Local times are plain fields, so a wall-clock time can be named in a zone that is not the browser's.
 */
export type TimeZone = { kind: 'iana'; name: string } | { kind: 'offset'; minutes: number }

/** A wall-clock date and time; month 1–12, weekday 1 = Sunday … 7 = Saturday (Quartz's numbering). */
export interface LocalDateTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export interface LocalParts extends LocalDateTime {
  weekday: number
}

export const UTC_ZONE: TimeZone = { kind: 'offset', minutes: 0 }

const MINUTE = 60_000
const DAY = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(name: string): Intl.DateTimeFormat {
  let formatter = formatters.get(name)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(name, formatter)
  }
  return formatter
}

/** True when the browser knows this IANA zone name. */
function isKnownIanaZone(name: string): boolean {
  try {
    formatterFor(name)
    return true
  } catch {
    return false
  }
}

/** Milliseconds of the wall-clock fields read as if they were UTC (weekday ignored). */
function wallMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second)
}

function partsOfWall(ms: number): LocalParts {
  const d = new Date(ms)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay() + 1,
  }
}

/** Minutes east of UTC that `zone` uses at `instant`. */
export function offsetAt(zone: TimeZone, instant: number): number {
  if (zone.kind === 'offset') return zone.minutes
  const fields: Record<string, number> = {}
  for (const part of formatterFor(zone.name).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  )
  const whole = instant - (instant % 1000)
  return Math.round((wall - whole) / MINUTE)
}

/** The wall-clock fields of `instant` in `zone`. */
export function toLocal(instant: number, zone: TimeZone): LocalParts {
  return partsOfWall(instant + offsetAt(zone, instant) * MINUTE)
}

/**
 * The instant a wall-clock time names in `zone`. A time that happens twice (clocks going back) gives the
 * first; a time that never happens (clocks going forward) is moved forward by the gap, as Java's lenient
 * calendar does, and reported as `shifted`.
 */
export function fromLocal(local: LocalDateTime, zone: TimeZone): { instant: number; shifted: boolean } {
  const wall = wallMs(local)
  if (zone.kind === 'offset') return { instant: wall - zone.minutes * MINUTE, shifted: false }
  // Daylight-saving changes are months apart: the offsets a day either side cover both readings.
  const before = offsetAt(zone, wall - DAY)
  const after = offsetAt(zone, wall + DAY)
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => toLocalMs(instant, zone) === wall)
  if (valid.length > 0) return { instant: Math.min(...valid), shifted: false }
  return { instant: wall - before * MINUTE, shifted: true }
}

function toLocalMs(instant: number, zone: TimeZone): number {
  return instant + offsetAt(zone, instant) * MINUTE
}

/** `UTC+08:00`-style label of an offset in minutes. */
function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** How a zone is named to a person: the IANA name, or `UTC+08:00`. */
export function zoneLabel(zone: TimeZone): string {
  return zone.kind === 'iana' ? zone.name : offsetLabel(zone.minutes)
}

/** Reads a stored or typed zone: an IANA name, `UTC`, or `UTC±hh:mm`. Null when it is neither. */
export function parseZone(text: string): TimeZone | null {
  const value = text.trim()
  if (value === '') return null
  if (/^(utc|gmt|z)$/i.test(value)) return UTC_ZONE
  const match = /^(?:utc|gmt)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(value)
  if (match) {
    const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
    if (minutes > 14 * 60) return null
    return { kind: 'offset', minutes: match[1] === '-' ? -minutes : minutes }
  }
  return isKnownIanaZone(value) ? { kind: 'iana', name: value } : null
}

/** The browser's own zone (IANA when it says, else its current offset). */
export function viewerTimeZone(): TimeZone {
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone
  if (name && isKnownIanaZone(name)) return { kind: 'iana', name }
  return { kind: 'offset', minutes: -new Date().getTimezoneOffset() }
}

/** Same zone? (An offset zone of 0 and `UTC` are the same.) */
export function sameZone(a: TimeZone, b: TimeZone): boolean {
  if (a.kind === 'offset' && b.kind === 'offset') return a.minutes === b.minutes
  if (a.kind === 'iana' && b.kind === 'iana') return a.name === b.name
  return false
}

/** Adds whole days to a local date (no time-zone arithmetic: calendar days). */
export function addLocalDays(local: LocalDateTime, days: number): LocalParts {
  return partsOfWall(wallMs(local) + days * DAY)
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Weekday of a calendar date, 1 = Sunday … 7 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1
}
