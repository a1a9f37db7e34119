import type { Backup, EsxHost, SnapshotLocation, VmdkLocation } from '../../api'
import { messagesOf } from '../../lib/forms/form-message'
import { formatApplianceTime } from '../../lib/format/date-time'
import { applianceDate, sortNewestFirst } from '../backup-table'
import { toChosenBackup, type ChosenBackup } from './chosen-backup'

export type LocationType = 'PRIMARY' | 'SECONDARY'

const message = messagesOf('recovery')

/** A default a recovery step proposes: the value, why (form messages, one per line), and whether it was the only one. */
export interface DefaultChoice<T> {
  value: T
  reasons: string[]
  onlyChoice: boolean
  /** The value in a few words, for the stepper of a passed-through step. */
  summary: string
}

/** How many skipped backups are named; the rest are counted. */
const SKIPPED_NAMED = 3

const when = (backup: Backup | ChosenBackup) => formatApplianceTime(backup.createdTime, { withZone: true })

/** Why a backup cannot be restored at all (it failed, or is still being taken), or null. */
export function unusableReason(backup: Backup): 'failed' | 'running' | null {
  if (backup.status === 'FAILED') return 'failed'
  if (backup.status === 'RUNNING') return 'running'
  return null
}

/**
 * The backup to restore from: the one the user picked elsewhere (the backups browser) when it can be restored,
 * otherwise the newest that can do the job — not failed, not still running, and not partial when a full backup
 * exists from the same day (appliance time). Each backup passed over on the way is named with its reason.
 */
export function defaultBackup(
  backups: readonly Backup[],
  preferredId: number | null = null,
): DefaultChoice<ChosenBackup> | null {
  const newestFirst = sortNewestFirst(backups)
  const usable = newestFirst.filter((backup) => unusableReason(backup) === null)
  if (usable.length === 0) return null
  const onlyChoice = usable.length === 1
  const preferred = usable.find((backup) => backup.backupId === preferredId)
  if (preferred) {
    return {
      value: toChosenBackup(preferred),
      reasons: [message('defaults.backupPreferred', { name: preferred.backupName, time: when(preferred) })],
      onlyChoice,
      summary: preferred.backupName,
    }
  }
  const fullOn = new Set(usable.filter((backup) => !backup.partial).map((b) => applianceDate(b.createdTime)))
  const skipped: string[] = []
  for (const backup of newestFirst) {
    const unusable = unusableReason(backup)
    const partialWithFull = !unusable && backup.partial && fullOn.has(applianceDate(backup.createdTime))
    if (!unusable && !partialWithFull) {
      const named = skipped.slice(0, SKIPPED_NAMED)
      const more = skipped.length - named.length
      return {
        value: toChosenBackup(backup),
        reasons: [
          message('defaults.backupNewest', { name: backup.backupName, time: when(backup) }),
          ...named,
          ...(more > 0 ? [message('defaults.skippedMore', { count: more })] : []),
        ],
        onlyChoice,
        summary: backup.backupName,
      }
    }
    skipped.push(
      message(partialWithFull ? 'defaults.skippedPartial' : `defaults.skipped.${unusable}`, {
        name: backup.backupName,
        time: when(backup),
      }),
    )
  }
  return null
}

/** The snapshot locations of one kind; an entry that does not say its kind counts as primary. */
export function locationsOfType(list: readonly SnapshotLocation[], type: LocationType): SnapshotLocation[] {
  return list.filter((location) => (location.locationType ?? 'PRIMARY') === type)
}

/** Restore from the primary snapshot when there is one (it is on the original storage), else the secondary. */
export function defaultLocation(
  list: readonly SnapshotLocation[],
): DefaultChoice<{ type: LocationType; locations: SnapshotLocation[] }> | null {
  const primary = locationsOfType(list, 'PRIMARY')
  const secondary = locationsOfType(list, 'SECONDARY')
  const onlyChoice = primary.length === 0 || secondary.length === 0
  if (primary.length > 0) {
    return {
      value: { type: 'PRIMARY', locations: primary },
      reasons: [message(onlyChoice ? 'defaults.locationPrimaryOnly' : 'defaults.locationPrimary')],
      onlyChoice,
      summary: message('location.type.PRIMARY'),
    }
  }
  if (secondary.length === 0) return null
  return {
    value: { type: 'SECONDARY', locations: secondary },
    reasons: [message('defaults.locationSecondaryOnly')],
    onlyChoice,
    summary: message('location.type.SECONDARY'),
  }
}

/**
 * The ESXi host: the one the object is on now when the appliance lists it among the available hosts
 * (`isCurrentHost`), otherwise the first available one — and the reason says which happened.
 */
export function defaultHost(hosts: readonly EsxHost[]): DefaultChoice<string> | null {
  const current = hosts.find((host) => host.isCurrentHost === true)
  const chosen = current ?? hosts[0]
  if (!chosen) return null
  return {
    value: chosen.name,
    reasons: [message(current ? 'defaults.hostCurrent' : 'defaults.hostFirst', { host: chosen.name })],
    onlyChoice: hosts.length === 1,
    summary: chosen.name,
  }
}

/** Restart the VM after the restore unless the rules forbid it (a partial backup must not restart it). */
export function defaultRestart(backup: ChosenBackup | null): DefaultChoice<boolean> {
  const partial = backup?.partial ?? false
  return {
    value: !partial,
    reasons: [message(partial ? 'defaults.restartPartial' : 'defaults.restartOn')],
    onlyChoice: partial,
    summary: message(partial ? 'restart.off' : 'restart.on'),
  }
}

/**
 * A destination datastore per disk (W8 step 5): each disk's own datastore when the appliance offers it, so a
 * VMDK restore puts the disk back where it was; a disk whose datastore is not offered stays undecided.
 */
export function defaultDatastores(
  disks: readonly VmdkLocation[],
  available: readonly string[],
): DefaultChoice<Record<string, string>> | null {
  const targets: Record<string, string> = {}
  for (const disk of disks) if (available.includes(disk.datastore)) targets[disk.vmdkPath] = disk.datastore
  const decided = Object.keys(targets).length
  if (decided === 0) return null
  return {
    value: targets,
    reasons: [
      message(decided === disks.length ? 'defaults.datastoresOriginal' : 'defaults.datastoresSomeOriginal', {
        count: decided,
      }),
    ],
    onlyChoice: available.length === 1 && decided === disks.length,
    summary: message('defaults.datastoresSummary'),
  }
}

/** Attach to the VM the backup is of (W9): the alternate VM is a deliberate choice. */
export function defaultAttachTarget(vmName: string): DefaultChoice<'this'> {
  return {
    value: 'this',
    reasons: [message('defaults.attachThisVm', { name: vmName })],
    onlyChoice: false,
    summary: vmName,
  }
}
