import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { offsetOf, zoneLabel } from './date-time'

dayjs.extend(utc)

/**
 * The appliance's offset from UTC in minutes, from the first of `times` that carries one. SCV has no call for
 * its time zone, but it writes its own offset into the times it sends; null when none of them has one.
 */
export function applianceOffsetIn(times: Iterable<string | null | undefined>): number | null {
  for (const time of times) {
    if (!time) continue
    const offset = offsetOf(time)
    if (offset !== null) return offset
  }
  return null
}

/** `UTC+08:00` for the appliance's offset, or null when it is not known. */
export function applianceZoneLabel(offsetMinutes: number | null): string | null {
  return offsetMinutes === null ? null : zoneLabel(offsetMinutes)
}

/**
 * A time as the appliance's clock shows it, `2026-11-27 18:30:05` — language-neutral and sortable, for files
 * that leave the console (the column header names the zone). Empty for a missing or unreadable time.
 */
export function applianceStamp(iso: string | null | undefined): string {
  if (!iso) return ''
  const offset = offsetOf(iso)
  const value = offset === null ? dayjs(iso) : dayjs.utc(iso).utcOffset(offset)
  return value.isValid() ? value.format('YYYY-MM-DD HH:mm:ss') : ''
}
