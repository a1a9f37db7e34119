import type { components } from '../../../api'
import { parseTimeMs } from '../../../api/resources'
import { expectedRuns } from '../../../lib/protection/schedule'

type Backup = components['schemas']['Backup']
type ResourceGroup = components['schemas']['ResourceGroup']
type Schedule = components['schemas']['Schedule']

const DAY = 86_400_000

/** The windows the timeline offers, in days. */
export const TIMELINE_WINDOWS = [7, 14, 30] as const
export type TimelineWindow = (typeof TIMELINE_WINDOWS)[number]

export type Lane = 'primary' | 'secondary'

/** A restore point on one lane: where it is, and until when it is locked (tamper-proof), if it is. */
export interface TimelineMark {
  backup: Backup
  lane: Lane
  atMs: number
  /** End of the lock shading (the lock's expiry, or the window's end when it expires later); null when unlocked. */
  lockedUntilMs: number | null
}

export interface Timeline {
  fromMs: number
  toMs: number
  /** Appliance-local midnights that start each day of the window, oldest first. */
  days: { startMs: number; label: string }[]
  marks: TimelineMark[]
  /** When the schedules of the VM's groups should have produced a restore point in the window. */
  expected: number[]
  /** Appliance-local dates (`YYYY-MM-DD`) with expected runs but no restore point at all. */
  gapDays: string[]
}

/** The lanes a backup's snapshots are on. */
function lanesOf(backup: Backup): Lane[] {
  switch (backup.locations) {
    case 'PRIMARY_AND_SECONDARY':
      return ['primary', 'secondary']
    case 'SECONDARY':
      return ['secondary']
    default:
      return ['primary']
  }
}

/** The schedules that produce this object's backups: its groups' (by membership, or by the backups they made). */
export function schedulesFor(
  moref: string,
  backups: readonly Backup[],
  groups: readonly ResourceGroup[],
): Schedule[] {
  const ids = new Set(backups.map((backup) => backup.resourceGroupId))
  const schedules: Schedule[] = []
  for (const group of groups) {
    if (group.status === 'UNDER_MAINTENANCE') continue
    if (!ids.has(group.id) && !(group.entities ?? []).some((entity) => entity.moref === moref)) continue
    for (const policy of group.policies ?? []) if (policy.schedule) schedules.push(policy.schedule)
  }
  return schedules
}

const localDate = (ms: number, offsetMinutes: number) =>
  new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10)

/**
 * The restore points of one object over the last `days` appliance-local days: a mark per lane a backup is on,
 * locks shaded until they expire (the secondary lock inherits the primary's when the appliance gives none),
 * and the runs the schedules expected, so a missing day stands out.
 */
export function buildTimeline(
  backups: readonly Backup[],
  schedules: readonly Schedule[],
  { now, days, offsetMinutes }: { now: number; days: number; offsetMinutes: number },
): Timeline {
  const offset = offsetMinutes * 60_000
  const today = Math.floor((now + offset) / DAY) * DAY - offset
  const fromMs = today - (days - 1) * DAY
  const toMs = now
  const dayList = Array.from({ length: days }, (_, i) => {
    const startMs = fromMs + i * DAY
    return { startMs, label: localDate(startMs, offsetMinutes) }
  })
  const marks: TimelineMark[] = []
  const withPoints = new Set<string>()
  for (const backup of backups) {
    const atMs = parseTimeMs(backup.createdTime)
    if (!(atMs >= fromMs && atMs <= toMs)) continue
    withPoints.add(localDate(atMs, offsetMinutes))
    for (const lane of lanesOf(backup)) {
      const lock =
        lane === 'primary'
          ? backup.primaryLockExpiry
          : (backup.secondaryLockExpiry ?? backup.primaryLockExpiry)
      const lockMs = parseTimeMs(lock)
      marks.push({ backup, lane, atMs, lockedUntilMs: lockMs > atMs ? Math.min(lockMs, toMs) : null })
    }
  }
  marks.sort((a, b) => a.atMs - b.atMs)
  const expected = [
    ...new Set(schedules.flatMap((schedule) => expectedRuns(schedule, fromMs, toMs, offsetMinutes))),
  ].sort((a, b) => a - b)
  const gapDays = [...new Set(expected.map((ms) => localDate(ms, offsetMinutes)))].filter(
    (day) => !withPoints.has(day),
  )
  return { fromMs, toMs, days: dayList, marks, expected, gapDays }
}
