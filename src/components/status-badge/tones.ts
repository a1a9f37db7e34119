/** What a status means to the reader; the colour follows from it, never the other way round. */
export type StatusTone = 'success' | 'info' | 'warning' | 'danger' | 'neutral'

/**
 * Filled shades with ≥4.5:1 text contrast in both colour schemes (the badge keeps its colour in dark mode, so one
 * shade serves both): white on blue 9, red 9 and teal 9; yellow 5 gets dark text through `autoContrast`.
 * Mantine's light variants and shade 6 fall below 4.5:1 in this theme.
 */
export const TONE_COLORS: Record<Exclude<StatusTone, 'neutral'>, string> = {
  success: 'teal.9',
  info: 'blue.9',
  warning: 'yellow.5',
  danger: 'red.9',
}

/** The colour of a tone, for what accompanies a badge (a progress bar) and must say the same. */
export function toneColor(tone: StatusTone): string {
  return tone === 'neutral' ? 'gray' : TONE_COLORS[tone]
}

type Tones = Readonly<Record<string, StatusTone>>

/** One tone per known value of each kind of status the appliance reports (the contract's enums). */
export const JOB_TONES: Tones = {
  RUNNING: 'info',
  SUCCESSFUL: 'success',
  WARNING: 'warning',
  FAILED: 'danger',
}
export const GROUP_TONES: Tones = { PRODUCTION: 'success', UNDER_MAINTENANCE: 'warning' }
export const BACKUP_TONES: Tones = { COMPLETED: 'success', RUNNING: 'info', FAILED: 'danger' }
/** The console's own states of a mount (no appliance enum): mounted, mounted past the threshold, stale. */
export const MOUNT_TONES: Tones = { MOUNTED: 'info', LEFTOVER: 'warning', STALE: 'danger' }

/** The tone of a known value; undefined for a value the console has no label for. */
export function toneOf(tones: Tones, status: unknown): StatusTone | undefined {
  return typeof status === 'string' && Object.hasOwn(tones, status) ? tones[status] : undefined
}

/** The tone of a job status (`neutral` for one the console does not know), e.g. for a progress bar beside it. */
export function jobStatusTone(status: unknown): StatusTone {
  return toneOf(JOB_TONES, status) ?? 'neutral'
}
