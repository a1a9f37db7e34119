import type { Backup, Job, MountedDatastore } from '../../../api'
import { parseTimeMs } from '../../../api/resources'

/** An appliance time in ms, or null when it is missing or unreadable. */
function timeMs(value: string | null | undefined): number | null {
  const ms = parseTimeMs(value)
  return Number.isNaN(ms) ? null : ms
}

/** A datastore mounted from a backup (`GET /4.1/datastores/backups/{backupId}/mounted`). */
export interface MountedRow {
  kind: 'mounted'
  /** The mounted datastore's moref: what unmount sends. */
  moref: string
  name: string
  backupId: number
  backupName: string
  backupTime: string
  /** The datastore the backup was taken of. */
  source: string
  host: string
  location: string
  mountedTime: string | null
  /** The mount job, when the job history still has it. */
  jobId: number | null
}

/** A backup the appliance shows as mounted with nothing under `.../mounted`: only a cleanup clears it. */
export interface StaleRow {
  kind: 'stale'
  backupId: number
  backupName: string
  backupTime: string
  source: string
}

export type MountRow = MountedRow | StaleRow

export const rowKey = (row: MountRow) => (row.kind === 'mounted' ? row.moref : `stale-${row.backupId}`)

/** Mounted backups across the datastores' lists, once each (a backup of several datastores is in each list). */
export function mountedBackups(lists: ReadonlyArray<{ source: string; backups: readonly Backup[] }>) {
  const seen = new Map<number, { backup: Backup; source: string }>()
  for (const { source, backups } of lists) {
    for (const backup of backups) {
      if (backup.mounted && !seen.has(backup.backupId)) seen.set(backup.backupId, { backup, source })
    }
  }
  return [...seen.values()]
}

/** How far apart a mount job's end and the mount's time may be to call it that mount's job. */
const JOB_MATCH_MS = 10 * 60_000

/**
 * The job that mounted a datastore: a successful mount job of the same backup that ended closest to the
 * mount's time. The appliance does not link them, so a mount with no such job (purged history) has none.
 */
export function mountJobOf(
  jobs: readonly Job[],
  backupId: number,
  mountedTime: string | null,
): number | null {
  const at = timeMs(mountedTime)
  if (at === null) return null
  let best: { id: number; distance: number } | null = null
  for (const job of jobs) {
    if (job.type !== 'mountBackup' || job.backupId !== backupId || job.status === 'FAILED') continue
    const end = timeMs(job.endTime)
    if (end === null) continue
    const distance = Math.abs(end - at)
    if (distance <= JOB_MATCH_MS && (!best || distance < best.distance)) best = { id: job.id, distance }
  }
  return best?.id ?? null
}

/** Rows for the page: each mounted datastore, and each mounted backup with nothing listed (stale). */
export function mountRows(
  backups: ReadonlyArray<{ backup: Backup; source: string }>,
  mountedOf: (backupId: number) => readonly MountedDatastore[] | undefined,
  jobs: readonly Job[],
): MountRow[] {
  const rows: MountRow[] = []
  for (const { backup, source } of backups) {
    const mounted = mountedOf(backup.backupId)
    if (mounted === undefined) continue
    const base = { backupId: backup.backupId, backupName: backup.backupName, backupTime: backup.createdTime }
    if (mounted.length === 0) {
      rows.push({ kind: 'stale', ...base, source })
      continue
    }
    for (const item of mounted) {
      const mountedTime = item.mountedTime || null
      rows.push({
        kind: 'mounted',
        ...base,
        moref: item.moref,
        name: item.name,
        source: item.sourceDatastore || source,
        host: item.esxHostName ?? '',
        location: item.location ?? '',
        mountedTime,
        jobId: mountJobOf(jobs, backup.backupId, mountedTime),
      })
    }
  }
  return rows
}

/** How long it has been mounted, in ms (null when the appliance does not say since when). */
export function mountedFor(row: MountRow, now: number): number | null {
  if (row.kind !== 'mounted') return null
  const since = timeMs(row.mountedTime)
  return since === null ? null : Math.max(0, now - since)
}

const DAY = 86_400_000

/** A leftover: mounted longer than the threshold (days), or stale (nobody can unmount it as it is). */
export function isLeftover(row: MountRow, now: number, thresholdDays: number): boolean {
  if (row.kind === 'stale') return true
  const age = mountedFor(row, now)
  return age !== null && age > thresholdDays * DAY
}

export interface MountFilters {
  q: string
  host: string | null
  leftovers: boolean
  days: number
}

/** Rows matching the search (datastore, backup, source, host), the host, and "leftovers only". */
export function filterRows(rows: readonly MountRow[], filters: MountFilters, now: number): MountRow[] {
  const q = filters.q.trim().toLowerCase()
  return rows.filter((row) => {
    const host = row.kind === 'mounted' ? row.host : ''
    if (filters.host && host !== filters.host) return false
    if (filters.leftovers && !isLeftover(row, now, filters.days)) return false
    if (!q) return true
    const name = row.kind === 'mounted' ? row.name : ''
    return [name, row.backupName, row.source, host].some((text) => text.toLowerCase().includes(q))
  })
}
