// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  docUrl,
  FAILURE_CAUSES,
  FAILURE_SIGNATURES,
  isLikelyCause,
  likelyCauseOf,
  matchFailureCause,
  recogniseFailure,
  type FailureCause,
} from './failure-causes'

/**
 * For every signature: texts it must recognise (SCV's documented wording first, then variants an appliance or a
 * log line may use) and near misses it must not claim (the same words in a different failure).
 */
const EXAMPLES: Record<FailureCause, { matches: string[]; missesCause: string[] }> = {
  mirrorVaultLimit: {
    matches: [
      'This Snapshot copy is currently used as a reference Snapshot copy by one or more SnapMirror relationships. Deleting the Snapshot copy can cause future SnapMirror operations to fail.',
      'Register backup failed: the number of Snapshot copies on the mirror-vault destination reached the maximum limit',
    ],
    missesCause: ['SnapMirror update after backup failed: the destination volume is offline'],
  },
  snapVaultRetentionOne: {
    matches: [
      'Retention failed for policy with SnapVault: the retention count is 1, and the Snapshot copy to delete is the reference Snapshot copy for the SnapVault relationship.',
      'SnapVault update: retention count set to 1 cannot delete the newest copy',
    ],
    missesCause: [
      'SnapVault update failed: the SnapVault relationship is not initialized',
      'Retention count 1 applied to policy Daily',
    ],
  },
  staleRestoreFiles: {
    matches: [
      "Restore failed: the destination datastore already contains 'restore_1432_181022_vm-web07.vmdk' left by an earlier restore.",
      'Found stale file restore_xxx_xxxxxx_db01.vmx on datastore nfs_ds02',
    ],
    missesCause: ['Restore failed: could not write vm-web07.vmdk to the destination datastore'],
  },
  staleLun: {
    matches: [
      'Exception while calling pre-restore on SCV: Error mounting cloned LUN as datastore',
      'Host unresolved volumes is null',
      'Mount failed: the ESXi host discovered more than one LUN for datastore vmfs_ds01',
      'Discovery failed because of stale namespaces on the storage system',
    ],
    missesCause: ['Mount failed: the LUN is not mapped to the ESXi host initiator group'],
  },
  scsiControllerUnits: {
    matches: [
      'Attach failed: cannot locate VMDK unit numbers higher than 15 on the SCSI controller; add a SCSI controller to the VM.',
      'Cannot attach more than 15 VMDKs to one controller',
      'SCSI controller 0 has no free unit for the disk',
    ],
    missesCause: ['Attach failed: SCSI controller type is not supported by the guest OS'],
  },
  fabricPoolTier: {
    matches: [
      'Operation failed: the capacity tier of the FabricPool aggregate holding volume vol_nfs_prod01 is unavailable.',
      'Mount failed: cloud tier unreachable for aggregate aggr1',
    ],
    missesCause: ['Restore failed: FabricPool policy auto applied', 'Capacity of the datastore is too low'],
  },
  vclsVm: {
    matches: [
      "Backup failed: VM 'vCLS-4c4c4544-0038' is a vSphere Cluster Services (vCLS) VM and cannot be protected.",
      'Resource group contains vSphere Cluster Service VMs',
    ],
    missesCause: ["Backup failed: VM 'vclsx-db01' is powered off"],
  },
  databaseDump: {
    matches: [
      'Backup failed: the SnapCenter Plug-in for VMware vSphere MySQL database backup is running; on-demand backups are not allowed until it finishes.',
      'Database dump in progress, try again later',
    ],
    missesCause: [
      'Database dump completed in 14 s',
      'Backup of VM mysql-db01 failed: the volume is out of space',
    ],
  },
  backupRestoreConflict: {
    matches: [
      'Backup and restore cannot run at the same time on the same resource group: a restore is running on this resource group.',
      "A restore is running on resource group 'RG_Finance'",
      'A backup is already running on the same resource group',
    ],
    missesCause: ['A restore of VM web01 completed on resource group RG_Web'],
  },
  vmInMotion: {
    matches: [
      'Restore failed: the VM is in vMotion or Storage vMotion; the VM must not be in transit.',
      'VM db01 is being migrated by svMotion',
      'The VM is in transit',
    ],
    missesCause: ['Restore failed: the VM promotion step timed out'],
  },
  haConfiguration: {
    matches: [
      'Restore to alternate location failed: the destination ESXi host reports vSphere HA configuration errors.',
      'HA agent on host esxi-b03 has an error',
      'High availability configuration issue on the cluster',
    ],
    missesCause: [
      'Restore failed: the host has a hardware error',
      'Operation failed: the ESXi host did not respond in time',
    ],
  },
  unsupportedCharacters: {
    matches: [
      "Backup failed: the name 'web 01&app' contains unsupported characters (% & * $ # @ ! \\ / : ? \" < > - | ; ' , and space are not allowed).",
      "Resource group name 'RG 1' contains characters that are not allowed: space. Use letters, digits and underscore.",
    ],
    missesCause: ['Name RG_Finance is too long'],
  },
  quiesceFailed: {
    matches: [
      'Completed with warnings: one or more VMs could not be quiesced',
      'Backup is not VM-consistent for VM app02',
      'VMware Tools is not running on VM web03; a crash-consistent backup was taken',
    ],
    missesCause: ['VMware Tools upgraded on VM web03'],
  },
}

describe('failure signatures', () => {
  it('has examples for every signature, and every cause has exactly one signature', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...FAILURE_CAUSES].sort())
    expect(FAILURE_SIGNATURES.map((s) => s.cause)).toEqual([...FAILURE_CAUSES])
  })

  describe.each(FAILURE_CAUSES)('%s', (cause) => {
    it.each(EXAMPLES[cause].matches)('recognises: %s', (text) => {
      expect(matchFailureCause(text)).toBe(cause)
    })
    it.each(EXAMPLES[cause].missesCause)('does not claim: %s', (text) => {
      expect(matchFailureCause(text)).not.toBe(cause)
    })
  })

  it('leaves failures of no known cause unrecognised', () => {
    for (const text of [
      'Failed to create a storage snapshot: the volume is out of space',
      'Operation failed: the ESXi host did not respond in time',
      '',
    ]) {
      expect(matchFailureCause(text)).toBeNull()
    }
  })

  it('explains only failed and warning jobs, and says so when it does not know the cause', () => {
    expect(likelyCauseOf('SUCCESSFUL', 'could not be quiesced')).toBeNull()
    expect(likelyCauseOf('RUNNING', null)).toBeNull()
    expect(likelyCauseOf('WARNING', 'one or more VMs could not be quiesced')).toBe('quiesceFailed')
    expect(likelyCauseOf('FAILED', 'the volume is out of space')).toBe('unrecognised')
    expect(likelyCauseOf('FAILED', null)).toBe('unrecognised')
  })

  it('looks in the log lines when the reason says nothing known', () => {
    expect(recogniseFailure('Restore failed', ['Job 7 started', 'Host unresolved volumes is null'])).toEqual({
      cause: 'staleLun',
      source: 'logs',
      evidence: 'Host unresolved volumes is null',
    })
    expect(recogniseFailure('VM db01 is in vMotion', ['Host unresolved volumes is null']).source).toBe(
      'reason',
    )
    expect(recogniseFailure('Restore failed', ['Job 7 started'])).toEqual({
      cause: 'unrecognised',
      source: null,
      evidence: null,
    })
  })

  it('reads the cause filter from the URL strictly, and links the documentation in the reader’s language', () => {
    expect(isLikelyCause('staleLun')).toBe(true)
    expect(isLikelyCause('unrecognised')).toBe(true)
    expect(isLikelyCause('toString')).toBe(false)
    expect(docUrl('staleLun', 'en')).toBe(
      'https://docs.netapp.com/us-en/sc-plugin-vmware-vsphere/scpivs44_mount_a_backup.html',
    )
    expect(docUrl('staleLun', 'zh-TW')).toContain('/zh-tw/sc-plugin-vmware-vsphere/')
  })
})
