import type { JobRecord, JobType } from './types'

/**
 * Why seeded and simulated jobs fail, per job type: the failures SCV documents (docs/scv-api.md §4 and §6), in the
 * appliance's own words where the documentation quotes them (the mirror-vault limit and the cloned-LUN mount
 * error are quoted verbatim), plus one generic failure per type that matches no known cause. Strings are
 * constants so 100,000 jobs share a handful of them.
 */
const SNAPVAULT_RETENTION_ONE =
  'Retention failed for policy with SnapVault: the retention count is 1, and the Snapshot copy to delete is the reference Snapshot copy for the SnapVault relationship until a newer copy is replicated to the target.'
const MIRROR_VAULT_LIMIT =
  'Register backup and apply retention failed: This Snapshot copy is currently used as a reference Snapshot copy by one or more SnapMirror relationships. Deleting the Snapshot copy can cause future SnapMirror operations to fail.'
const UNSUPPORTED_CHARACTERS =
  "Backup failed: the name 'web 01&app' contains unsupported characters (% & * $ # @ ! \\ / : ? \" < > - | ; ' , and space are not allowed)."
const VCLS_VM =
  "Backup failed: VM 'vCLS-4c4c4544-0038' is a vSphere Cluster Services (vCLS) VM and cannot be protected by a resource group."
const DATABASE_DUMP =
  'Backup failed: the SnapCenter Plug-in for VMware vSphere MySQL database backup is running; on-demand backups are not allowed until it finishes.'
const BACKUP_WHILE_RESTORE =
  'Backup and restore cannot run at the same time on the same resource group: a restore is running on this resource group.'
const RESTORE_WHILE_BACKUP =
  'Restore failed: a backup is running on the resource group of this VM. Backup and restore cannot run at the same time on the same resource group.'
const STALE_RESTORE_FILES =
  "Restore failed: the destination datastore already contains 'restore_1432_181022_vm-web07.vmdk' left by an earlier restore."
const VM_IN_MOTION = 'Restore failed: the VM is in vMotion or Storage vMotion; the VM must not be in transit.'
const HA_ERRORS =
  'Restore to alternate location failed: the destination ESXi host reports vSphere HA configuration errors.'
const FABRICPOOL =
  'Operation failed: the capacity tier of the FabricPool aggregate holding volume vol_nfs_prod01 is unavailable.'
const STALE_LUN =
  'Exception while calling pre-restore on SCV: Error mounting cloned LUN as datastore: the ESXi host discovered more than one LUN with the same datastore signature.'
const SCSI_UNITS =
  'Attach failed: cannot locate VMDK unit numbers higher than 15 on the SCSI controller; add a SCSI controller to the VM.'
const OUT_OF_SPACE = 'Failed to create a storage snapshot: the volume is out of space'
const HOST_TIMEOUT = 'Operation failed: the ESXi host did not respond in time'

const FAILURES: Record<JobType, readonly string[]> = {
  backup: [
    OUT_OF_SPACE,
    SNAPVAULT_RETENTION_ONE,
    MIRROR_VAULT_LIMIT,
    UNSUPPORTED_CHARACTERS,
    VCLS_VM,
    DATABASE_DUMP,
    BACKUP_WHILE_RESTORE,
  ],
  restore: [HOST_TIMEOUT, STALE_RESTORE_FILES, VM_IN_MOTION, HA_ERRORS, FABRICPOOL, RESTORE_WHILE_BACKUP],
  restoreVmdk: [HOST_TIMEOUT, VM_IN_MOTION, STALE_RESTORE_FILES, FABRICPOOL],
  mountBackup: [HOST_TIMEOUT, STALE_LUN, FABRICPOOL],
  attachVmdk: [HOST_TIMEOUT, SCSI_UNITS, FABRICPOOL],
  unmountBackup: [HOST_TIMEOUT],
  detachVmdk: [HOST_TIMEOUT],
  purgeJobs: [HOST_TIMEOUT],
  purgeBackups: [HOST_TIMEOUT],
  databaseDump: [HOST_TIMEOUT],
  auditVerify: [HOST_TIMEOUT],
}

/** The warning SCV gives when quiescing failed: the backup completed, but not VM-consistent. */
export const QUIESCE_WARNING = 'Completed with warnings: one or more VMs could not be quiesced'

/**
 * Why a finished job failed or warned, or null when it succeeded. The failure is picked from the job's type by
 * its id, so it is the same on every start and every run of a type shows each of its causes.
 */
export function failureReasonOf(job: JobRecord): string | null {
  if (job.status === 'WARNING') return QUIESCE_WARNING
  if (job.status !== 'FAILED') return null
  const marked = job.logs.find((line) => line.message.includes('failJobs'))
  if (marked) return marked.message
  const options = FAILURES[job.type]
  return options[spread(job.id) % options.length] ?? HOST_TIMEOUT
}

/**
 * Spreads job ids over the options. `id % n` alone followed the seed's id pattern (failed restores happened to
 * have ids that never chose the HA cause); a multiplicative hash's high bits do not.
 */
function spread(id: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 0) >>> 16
}
