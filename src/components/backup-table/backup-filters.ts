import type { Backup } from '../../api'
import { offsetOf, zoneLabel } from '../../lib/format/date-time'
import {
  dateParam,
  defaultListParams,
  hasNonDefault,
  oneOfParam,
  textParam,
  type ParamFields,
} from '../../lib/url/list-params'

/** Rows per page: some VMs have hundreds of backups. */
export const BACKUPS_PER_PAGE = 25

/** The appliance's offset, taken from what it wrote, so a column header can say which clock it is. */
export function applianceZoneOf(backups: readonly Backup[]): string | null {
  const first = backups[0]
  if (!first) return null
  const offset = offsetOf(first.createdTime)
  return offset === null ? null : zoneLabel(offset)
}

export type TriState = 'any' | 'yes' | 'no'
export type LocationFilter = 'any' | 'primary' | 'secondary'

/** What the user narrowed a backup list to. Dates are `YYYY-MM-DD` in the appliance's time zone. */
export interface BackupFilters {
  q: string
  from: string
  to: string
  location: LocationFilter
  mounted: TriState
  snapshot: TriState
}

const TRI_STATES = ['any', 'yes', 'no'] as const

/** How the filters are kept in the URL (`?q=&from=&to=&location=&mounted=&snapshot=`); unknown values read as "any". */
export const backupFilterFields: ParamFields<BackupFilters> = {
  q: textParam('q'),
  from: dateParam('from'),
  to: dateParam('to'),
  location: oneOfParam('location', ['any', 'primary', 'secondary'], 'any'),
  mounted: oneOfParam('mounted', TRI_STATES, 'any'),
  snapshot: oneOfParam('snapshot', TRI_STATES, 'any'),
}

export const NO_BACKUP_FILTERS: BackupFilters = defaultListParams(backupFilterFields)

export function hasActiveFilters(filters: BackupFilters): boolean {
  return hasNonDefault(
    backupFilterFields,
    filters,
    Object.keys(backupFilterFields) as Array<keyof BackupFilters>,
  )
}

/**
 * The date the appliance wrote. SCV writes times with its own offset, so the first ten characters are the
 * appliance's calendar date — the date an administrator sees in the vSphere client.
 */
export function applianceDate(iso: string): string {
  return iso.slice(0, 10)
}

function matches(flag: boolean | undefined, wanted: TriState): boolean {
  if (wanted === 'any') return true
  return (flag ?? false) === (wanted === 'yes')
}

function inLocation(backup: Backup, wanted: LocationFilter): boolean {
  if (wanted === 'any') return true
  const location = backup.locations
  if (location === 'PRIMARY_AND_SECONDARY') return true
  return wanted === 'primary' ? location === 'PRIMARY' : location === 'SECONDARY'
}

/** Newest first: the backup an administrator restores from is almost always a recent one. */
export function sortNewestFirst(backups: readonly Backup[]): Backup[] {
  return [...backups].sort(
    (a, b) => Date.parse(b.createdTime) - Date.parse(a.createdTime) || b.backupId - a.backupId,
  )
}

/** The backups that pass every filter, newest first. The search matches the backup, policy or group name. */
export function filterBackups(backups: readonly Backup[], filters: BackupFilters): Backup[] {
  const words = filters.q.trim().toLowerCase().split(/\s+/).filter(Boolean)
  return sortNewestFirst(backups).filter((backup) => {
    const date = applianceDate(backup.createdTime)
    if (filters.from && date < filters.from) return false
    if (filters.to && date > filters.to) return false
    if (!inLocation(backup, filters.location)) return false
    if (!matches(backup.mounted, filters.mounted)) return false
    if (!matches(backup.hasVmwareSnapshot, filters.snapshot)) return false
    if (words.length > 0) {
      const haystack = [backup.backupName, backup.policyName, backup.resourceGroupName]
        .filter(Boolean)
        .join(' ')
        .toLowerCase()
      if (!words.every((word) => haystack.includes(word))) return false
    }
    return true
  })
}
