import { toLocal, type TimeZone } from './zone'

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * A moment as a person reads it in `zone` and the current language ("Sat, Nov 28, 01:00"): IANA zones through
 * Intl, fixed offsets by shifting the wall clock (Intl does not take offsets everywhere).
 */
export function formatInZone(instant: number, zone: TimeZone, language: string, withSeconds = false): string {
  const key = `${language}|${zone.kind === 'iana' ? zone.name : 'UTC'}|${withSeconds}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      timeZone: zone.kind === 'iana' ? zone.name : 'UTC',
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
    })
    formatters.set(key, formatter)
  }
  if (zone.kind === 'iana') return formatter.format(instant)
  const local = toLocal(instant, zone)
  return formatter.format(
    Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second),
  )
}

/** `HH:mm` of a moment in `zone`. */
export function clockTime(instant: number, zone: TimeZone): string {
  const local = toLocal(instant, zone)
  return `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`
}
