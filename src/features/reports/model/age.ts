const HOUR = 3_600_000
const DAY = 24 * HOUR

/** How old something is, compactly: "3 d 04 h", "5 h 12 min", "8 min"; empty for an unknown time. */
export function formatAge(ms: number): string {
  if (!Number.isFinite(ms)) return ''
  const age = Math.max(0, ms)
  if (age >= DAY)
    return `${Math.floor(age / DAY)} d ${String(Math.floor((age % DAY) / HOUR)).padStart(2, '0')} h`
  if (age >= HOUR)
    return `${Math.floor(age / HOUR)} h ${String(Math.floor((age % HOUR) / 60_000)).padStart(2, '0')} min`
  return `${Math.floor(age / 60_000)} min`
}
