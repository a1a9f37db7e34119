import type { components } from '../../api/schema'
import { badRequest } from './errors'
import {
  backupById,
  freeGbOf,
  homeHostOf,
  liveVm,
  mountedDatastores,
  requireHost,
  requireLocation,
  vmByMorefOrUuid,
  vmdksInBackup,
} from './inventory'
import { jobName } from './job-text'
import { settleJobs, startJob } from './jobs'
import type { AttachedVmdk, BackupRecord, DatastoreRecord, JobRecord, SimulatorDb, VmRecord } from './types'

type Schemas = components['schemas']

/** Where an attached disk appears on the VM: on the clone of its backup, so it never collides with the original. */
export function attachedPath(a: AttachedVmdk): string {
  const rest = a.path.slice(a.path.indexOf(']') + 1).trim()
  return `[scv_attach_${a.backupId}] ${rest}`
}

/** SCV refuses a restore while a backup of the same resource group runs. */
function refuseWhileBackupRuns(db: SimulatorDb, rgId: number): void {
  if (db.liveJobs.some((j) => j.status === 'RUNNING' && j.type === 'backup' && j.rgId === rgId)) {
    throw badRequest(
      'A backup of this resource group is running; backup and restore cannot run at the same time.',
    )
  }
}

/** The request's list, refused when it is missing or empty (`field` names it as the appliance does). */
function nonEmpty<T>(list: T[] | undefined, field: string, what = 'entry'): T[] {
  if (!list || list.length === 0) throw badRequest(`${field} needs at least one ${what}.`)
  return list
}

function requireVmInBackup(vm: VmRecord, backup: BackupRecord): void {
  if (!backup.vmMorefs.includes(vm.moref))
    throw badRequest(`Backup '${backup.name}' does not contain VM '${vm.name}'.`)
}

function refuseTemplate(vm: VmRecord, action: string): void {
  if (vm.template)
    throw badRequest(`VM '${vm.name}' is a template; ${action} is not supported for VM templates.`)
}

/** Restores a VM (by moref) or a deleted VM (by UUID) from a backup (W6, W7). */
export function restoreVm(
  db: SimulatorDb,
  vmId: string,
  backupId: number,
  body: Partial<Schemas['RestoreVmRequest']>,
): JobRecord {
  settleJobs(db)
  const vm = vmByMorefOrUuid(db, vmId)
  const backup = backupById(db, backupId)
  requireVmInBackup(vm, backup)
  refuseTemplate(vm, 'restore')
  if (typeof body.restartVM !== 'boolean') throw badRequest('restartVM is required (true or false).')
  if (backup.partial && body.restartVM) {
    throw badRequest(`Backup '${backup.name}' is a partial backup; restore it with restartVM set to false.`)
  }
  const locations = nonEmpty(body.restoreLocations, 'restoreLocations')
  for (const item of locations) {
    requireLocation(db, backup, item.restoreFromLocation?.location)
    const host = requireHost(db, item.esxHost)
    const alternate = host.moref !== homeHostOf(db, vm)?.moref || Boolean(item.restoreToDatastore)
    if (vm.vvol && alternate)
      throw badRequest(`VM '${vm.name}' is a vVol VM; it can only be restored to its original location.`)
    if (
      item.restoreToDatastore &&
      !db.datastores.some((d) => d.name === item.restoreToDatastore && !d.mount)
    ) {
      throw badRequest(`Datastore '${item.restoreToDatastore}' does not exist.`)
    }
  }
  refuseWhileBackupRuns(db, backup.rgId)
  return startJob(db, {
    type: 'restore',
    name: jobName('restore', vm.name, backup.name),
    rgId: backup.rgId,
    policyId: backup.policyId,
    backupId: backup.id,
    effect: { kind: 'restore', vmMoref: vm.moref },
  })
}

/** Restores some of a VM's disks from a backup to chosen datastores (W8). */
export function restoreVmdks(
  db: SimulatorDb,
  moref: string,
  backupId: number,
  body: Partial<Schemas['RestoreVmdkRequest']>,
): JobRecord {
  settleJobs(db)
  const vm = liveVm(db, moref)
  const backup = backupById(db, backupId)
  requireVmInBackup(vm, backup)
  refuseTemplate(vm, 'restore')
  requireHost(db, body.esxHost)
  const items = nonEmpty(body.vmdkRestoreLocations, 'vmdkRestoreLocations')
  const disks = vmdksInBackup(vm, backup)
  const moves: Array<{ path: string; datastoreMoref: string }> = []
  const needGb = new Map<DatastoreRecord, number>()
  for (const item of items) {
    requireLocation(db, backup, item.restoreFromLocation?.location)
    const disk = disks.find((d) => d.path === item.vmdkToRestore?.vmdkPath)
    if (!disk) {
      throw badRequest(`VMDK '${String(item.vmdkToRestore?.vmdkPath)}' is not in backup '${backup.name}'.`)
    }
    // A vVol disk may only go back to its own (vVol) datastore; any other target must be NFS or VMFS.
    const target = db.datastores.find(
      (d) =>
        d.name === item.restoreToDatastore &&
        !d.mount &&
        (d.kind !== 'VVOL' || d.moref === disk.datastoreMoref),
    )
    if (!target) {
      throw badRequest(`Datastore '${String(item.restoreToDatastore)}' is not available for this restore.`)
    }
    if (vm.vvol && target.moref !== disk.datastoreMoref)
      throw badRequest(
        `VM '${vm.name}' is a vVol VM; its disks can only be restored to their original location.`,
      )
    // A disk restored in place replaces itself; one restored elsewhere needs its size free there.
    if (target.moref !== disk.datastoreMoref) needGb.set(target, (needGb.get(target) ?? 0) + disk.sizeGb)
    moves.push({ path: disk.path, datastoreMoref: target.moref })
  }
  for (const [target, gb] of needGb) {
    const free = freeGbOf(db, target)
    if (gb > free)
      throw badRequest(
        `Datastore '${target.name}' does not have enough free space: ${gb} GB needed, ${free} GB free.`,
      )
  }
  refuseWhileBackupRuns(db, backup.rgId)
  return startJob(db, {
    type: 'restoreVmdk',
    name: jobName('restoreVmdk', vm.name, backup.name),
    rgId: backup.rgId,
    policyId: backup.policyId,
    backupId: backup.id,
    effect: { kind: 'restoreVmdk', vmMoref: vm.moref, moves },
  })
}

/** Attaches disks of a backup to the VM, or to `alternateVmMoref` (W9). */
export function attachVmdks(
  db: SimulatorDb,
  moref: string,
  body: Partial<Schemas['AttachVmdksRequest']>,
): JobRecord {
  settleJobs(db)
  const source = liveVm(db, moref)
  refuseTemplate(source, 'attach')
  if (typeof body.backupId !== 'number') throw badRequest('backupId is required.')
  const backup = backupById(db, body.backupId)
  requireVmInBackup(source, backup)
  const target = body.alternateVmMoref ? liveVm(db, body.alternateVmMoref) : source
  refuseTemplate(target, 'attach')
  const wanted = nonEmpty(body.vmdkLocations, 'vmdkLocations')
  const disks = vmdksInBackup(source, backup)
  const paths = wanted.map((w) => {
    if (!disks.some((d) => d.path === w.vmdkPath))
      throw badRequest(`VMDK '${w.vmdkPath}' is not in backup '${backup.name}'.`)
    if (target.attached.some((a) => a.path === w.vmdkPath && a.backupId === backup.id)) {
      throw badRequest(`VMDK '${w.vmdkPath}' from this backup is already attached to VM '${target.name}'.`)
    }
    return w.vmdkPath
  })
  const location = wanted[0]?.location ?? `${backup.name}`
  return startJob(db, {
    type: 'attachVmdk',
    name: jobName('attachVmdk', target.name, backup.name),
    rgId: backup.rgId,
    backupId: backup.id,
    effect: {
      kind: 'attach',
      vmMoref: target.moref,
      backupId: backup.id,
      sourceVmMoref: source.moref,
      paths,
      location,
    },
  })
}

/** Detaches disks previously attached from a backup (W10). */
export function detachVmdks(
  db: SimulatorDb,
  moref: string,
  body: Partial<Schemas['DetachVmdksRequest']>,
): JobRecord {
  settleJobs(db)
  const vm = liveVm(db, moref)
  refuseTemplate(vm, 'detach')
  const wanted = nonEmpty(body.vmdksToDetach, 'vmdksToDetach')
  // The attached disk's own path or the backup path it came from (the W10 list) both identify it.
  const matches = wanted.map((w) => {
    const hit = vm.attached.find((a) => attachedPath(a) === w.vmdkPath || a.path === w.vmdkPath)
    if (!hit) throw badRequest(`VMDK '${w.vmdkPath}' is not attached to VM '${vm.name}'.`)
    return hit
  })
  const paths = matches.map((a) => a.path)
  const backupId = matches[0]?.backupId ?? null
  return startJob(db, {
    type: 'detachVmdk',
    name: jobName('detachVmdk', vm.name),
    backupId,
    effect: { kind: 'detach', vmMoref: vm.moref, paths },
  })
}

/** Mounts a backup's datastore on an ESXi host (W11); vVol datastores cannot be mounted. */
export function mountBackup(
  db: SimulatorDb,
  backupId: number,
  body: Partial<Schemas['MountRequest']>,
): JobRecord {
  settleJobs(db)
  const backup = backupById(db, backupId)
  const source = db.datastores.find(
    (d) => d.name === body.datastore && backup.datastoreMorefs.includes(d.moref),
  )
  if (!source)
    throw badRequest(`Datastore '${String(body.datastore)}' is not part of backup '${backup.name}'.`)
  if (source.kind === 'VVOL')
    throw badRequest('Mount is only supported for traditional (NFS/VMFS) datastores, not vVol.')
  const location = requireLocation(db, backup, body.location)
  if (location.datastore !== source.name)
    throw badRequest(`Location '${location.location}' belongs to datastore '${location.datastore}'.`)
  const host = requireHost(db, body.esxHostName)
  return startJob(db, {
    type: 'mountBackup',
    name: jobName('mountBackup', source.name, backup.name),
    rgId: backup.rgId,
    backupId: backup.id,
    effect: {
      kind: 'mount',
      backupId: backup.id,
      sourceDatastoreMoref: source.moref,
      location: location.location,
      esxHostName: host.name,
    },
  })
}

/** Unmounts datastores created by mounting backups (W12). */
export function unmountDatastores(db: SimulatorDb, body: Partial<Schemas['UnmountRequest']>): JobRecord {
  settleJobs(db)
  const morefs = nonEmpty(body.datastoreMorefs, 'datastoreMorefs', 'datastore')
  const datastores = morefs.map((moref) => {
    const ds = db.datastores.find((d) => d.moref === moref)
    // Already unmounted (or never there): SCV answers with a 400 naming it, not a 404.
    if (!ds) throw badRequest(`Datastore '${moref}' is not mounted.`)
    if (!ds.mount)
      throw badRequest(`Datastore '${ds.name}' was not mounted from a backup and cannot be unmounted here.`)
    if (body.backupId !== undefined && ds.mount.backupId !== body.backupId) {
      throw badRequest(
        `Datastore '${ds.name}' was mounted from backup ${ds.mount.backupId}, not ${body.backupId}.`,
      )
    }
    return ds
  })
  return startJob(db, {
    type: 'unmountBackup',
    name: jobName('unmountBackup', datastores.map((d) => d.name).join(', ')),
    backupId: datastores[0]?.mount?.backupId ?? null,
    effect: { kind: 'unmount', datastoreMorefs: morefs },
  })
}

/** Cleans up a backup's mounted datastores out of band (the step before retrying an unmount). */
export function cleanupBackup(db: SimulatorDb, backupId: number): JobRecord {
  settleJobs(db)
  const backup = backupById(db, backupId)
  const morefs = mountedDatastores(db, backup.id).map((d) => d.moref)
  return startJob(db, {
    type: 'unmountBackup',
    name: `Cleanup of mounted datastores of backup '${backup.name}'`,
    backupId: backup.id,
    effect: { kind: 'unmount', datastoreMorefs: morefs, cleanupOf: backup.id },
  })
}
