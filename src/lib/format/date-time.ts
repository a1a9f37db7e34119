import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import localizedFormat from 'dayjs/plugin/localizedFormat'
import relativeTime from 'dayjs/plugin/relativeTime'
import './dayjs-language'

dayjs.extend(utc)
dayjs.extend(localizedFormat)
dayjs.extend(relativeTime)

const OFFSET_PATTERN = /([+-])(\d{2}):?(\d{2})$/

/** Minutes east of UTC written in an ISO-8601 string, or null when it has none (or says Z). */
export function offsetOf(iso: string): number | null {
  if (/z$/i.test(iso)) return 0
  const match = OFFSET_PATTERN.exec(iso)
  if (!match) return null
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** `UTC+08:00`-style label for an offset in minutes. */
export function zoneLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** The browser's own offset now, as a label. */
export function localZoneLabel(): string {
  return zoneLabel(dayjs().utcOffset())
}

/**
 * A moment in the browser's time zone, in the current language, e.g. "2026/11/27 18:30:05".
 * Returns '—' for missing or unreadable values so a bad field never breaks a table.
 */
export function formatDateTime(iso: string | null | undefined, options: { withZone?: boolean } = {}): string {
  if (!iso) return '—'
  const value = dayjs(iso)
  if (!value.isValid()) return '—'
  const text = value.format('L LTS')
  return options.withZone ? `${text} ${localZoneLabel()}` : text
}

/**
 * A moment in the appliance's own time zone — the offset the appliance wrote — because SCV schedules and
 * reports run on appliance time, which may differ from vCenter's and the browser's.
 */
export function formatApplianceTime(
  iso: string | null | undefined,
  options: { withZone?: boolean } = {},
): string {
  if (!iso) return '—'
  const offset = offsetOf(iso)
  const value = offset === null ? dayjs(iso) : dayjs.utc(iso).utcOffset(offset)
  if (!value.isValid()) return '—'
  const text = value.format('L LTS')
  return options.withZone ? `${text} ${zoneLabel(offset ?? value.utcOffset())}` : text
}

/** A duration in ms as "1 h 02 min", "3 min 05 s" or "12 s" — compact and language-neutral. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '—'
  const seconds = Math.round(ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`
  return `${s} s`
}
