/** Milliseconds per hour / day, used by the seed and job progression. */
export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/**
 * The current time. Tests may pin it with {@link setClock}; by default it is the real clock so seeded data stays
 * relative to "now" (a "last 24 h" filter must find something whenever the simulator is started).
 */
let clockOverride: (() => number) | null = null

/** Current time in epoch milliseconds. */
export function now(): number {
  return clockOverride ? clockOverride() : Date.now()
}

/** Replaces the clock (tests); pass null to return to the real one. */
export function setClock(fn: (() => number) | null): void {
  clockOverride = fn
}

/** Formats epoch milliseconds as `MM-dd-yyyy_HH.mm.ss.SSSS`, the stamp SCV appends to backup names. */
export function backupStamp(ms: number): string {
  const d = new Date(ms)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return (
    `${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}-${d.getUTCFullYear()}_` +
    `${p(d.getUTCHours())}.${p(d.getUTCMinutes())}.${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds() * 10, 4)}`
  )
}

/** Length of a snapshot lock period (months of 30 days, years of 365). */
export function lockDurationMs(period: { value: number; unit: string } | null): number {
  if (!period) return 0
  const unit = period.unit === 'YEARS' ? 365 * DAY : period.unit === 'MONTHS' ? 30 * DAY : DAY
  return period.value * unit
}
