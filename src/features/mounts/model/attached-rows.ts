import type { Job, VmdkLocation } from '../../../api'
import { attachedDisks } from '../../../components/recovery'

/** A VM that had disks attached from backups through jobs the appliance still lists (`objectMoref`). */
export interface AttachTarget {
  moref: string
  name: string
}

/** A disk attached to a VM from a backup, with the attach job when the history has it. */
export interface AttachedRow {
  vm: AttachTarget
  disk: VmdkLocation
  backupId: number | null
  /** When the attach job ended, as the appliance wrote it. */
  since: string | null
  jobId: number | null
}

/** The VMs that attach jobs went to (not failed), once each. The appliance lists no attachments otherwise. */
export function attachTargets(jobs: readonly Job[]): AttachTarget[] {
  const seen = new Map<string, AttachTarget>()
  for (const job of jobs) {
    if (job.type !== 'attachVmdk' || job.status === 'FAILED' || !job.objectMoref) continue
    if (!seen.has(job.objectMoref))
      seen.set(job.objectMoref, { moref: job.objectMoref, name: job.objectName ?? job.objectMoref })
  }
  return [...seen.values()]
}

/** One row per attached disk; the newest successful attach of its backup to its VM is taken as its job. */
export function attachedRows(
  targets: readonly AttachTarget[],
  disksOf: (moref: string) => readonly VmdkLocation[] | undefined,
  jobs: readonly Job[],
): AttachedRow[] {
  return targets.flatMap((vm) =>
    attachedDisks(disksOf(vm.moref) ?? []).map((disk) => {
      const backupId = disk.attachedFromBackupId ?? null
      const job = jobs
        .filter(
          (j) =>
            j.type === 'attachVmdk' &&
            j.status !== 'FAILED' &&
            j.status !== 'RUNNING' &&
            j.objectMoref === vm.moref &&
            j.backupId === backupId,
        )
        .sort((a, b) => (b.endTime ?? '').localeCompare(a.endTime ?? ''))[0]
      return { vm, disk, backupId, since: job?.endTime ?? null, jobId: job?.id ?? null }
    }),
  )
}
