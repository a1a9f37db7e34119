import { badRequest, found } from './errors'
import type { BackupRecord, DatastoreRecord, HostRecord, SimulatorDb, VmRecord, VmdkRecord } from './types'

/** A VM by moref, or by UUID (how deleted VMs are addressed); 404 when neither matches. */
export function vmByMorefOrUuid(db: SimulatorDb, id: string): VmRecord {
  return found(
    db.vms.find((vm) => vm.moref === id || vm.uuid.toLowerCase() === id.toLowerCase()),
    'Virtual machine',
    id,
  )
}

/** A live (not deleted) VM by moref; 404 otherwise. */
export function liveVm(db: SimulatorDb, moref: string): VmRecord {
  return found(
    db.vms.find((vm) => vm.moref === moref && !vm.deleted),
    'Virtual machine',
    moref,
  )
}

/** A datastore by moref; 404 otherwise. */
export function datastoreByMoref(db: SimulatorDb, moref: string): DatastoreRecord {
  return found(
    db.datastores.find((d) => d.moref === moref),
    'Datastore',
    moref,
  )
}

/** A backup by id; 404 otherwise. */
export function backupById(db: SimulatorDb, id: number): BackupRecord {
  return found(
    db.backups.find((b) => b.id === id),
    'Backup',
    id,
  )
}

/** Backups containing a VM, newest first. */
export function backupsOfVm(db: SimulatorDb, vm: VmRecord): BackupRecord[] {
  return db.backups.filter((b) => b.vmMorefs.includes(vm.moref)).reverse()
}

/** Backups containing a datastore, newest first. */
export function backupsOfDatastore(db: SimulatorDb, moref: string): BackupRecord[] {
  return db.backups.filter((b) => b.datastoreMorefs.includes(moref)).reverse()
}

/** Datastores mounted from a backup. */
export function mountedDatastores(db: SimulatorDb, backupId: number): DatastoreRecord[] {
  return db.datastores.filter((d) => d.mount?.backupId === backupId)
}

export interface SnapshotLocationView {
  datastore: string
  location: string
  locationType: 'PRIMARY' | 'SECONDARY'
  snapshotName: string
  storageSystem: string
  volume: string
}

/** Where a backup's snapshots are: one per datastore on primary, and on the vault SVM when replicated. */
export function snapshotLocations(db: SimulatorDb, backup: BackupRecord): SnapshotLocationView[] {
  const result: SnapshotLocationView[] = []
  for (const moref of backup.datastoreMorefs) {
    const ds = db.datastores.find((d) => d.moref === moref)
    if (!ds) continue
    if (backup.primary) {
      result.push({
        datastore: ds.name,
        location: `${ds.svm}:/vol/${ds.volume}:${backup.name}`,
        locationType: 'PRIMARY',
        snapshotName: backup.name,
        storageSystem: ds.svm,
        volume: ds.volume,
      })
    }
    if (backup.secondary) {
      result.push({
        datastore: ds.name,
        location: `svm_vault_dr:/vol/${ds.volume}_dst:${backup.name}`,
        locationType: 'SECONDARY',
        snapshotName: backup.name,
        storageSystem: 'svm_vault_dr',
        volume: `${ds.volume}_dst`,
      })
    }
  }
  return result
}

/** Checks a location the client passes back (restore, mount) against the backup's snapshot locations. */
export function requireLocation(
  db: SimulatorDb,
  backup: BackupRecord,
  location: unknown,
): SnapshotLocationView {
  const match = snapshotLocations(db, backup).find((l) => l.location === location)
  if (!match)
    throw badRequest(`Location '${String(location)}' is not a snapshot location of backup '${backup.name}'.`)
  return match
}

/** The VM's disks that a backup contains (those on datastores the backup covers). */
export function vmdksInBackup(vm: VmRecord, backup: BackupRecord): VmdkRecord[] {
  return vm.vmdks.filter((d) => backup.datastoreMorefs.includes(d.datastoreMoref))
}

/** ESXi hosts a VM can be restored to: its cluster's hosts first, then the others. */
export function esxHostsFor(db: SimulatorDb, hostMorefs: readonly string[]): HostRecord[] {
  const clusters = new Set(db.hosts.filter((h) => hostMorefs.includes(h.moref)).map((h) => h.cluster))
  return [
    ...db.hosts.filter((h) => clusters.has(h.cluster)),
    ...db.hosts.filter((h) => !clusters.has(h.cluster)),
  ]
}

/** A host by name or moref; 400 because it comes from a request body. */
export function requireHost(db: SimulatorDb, name: unknown): HostRecord {
  const host = db.hosts.find((h) => h.name === name || h.moref === name)
  if (!host) throw badRequest(`ESXi host '${String(name)}' is not available.`)
  return host
}

/** The VM's own host, falling back to the first host for deleted VMs. */
export function homeHostOf(db: SimulatorDb, vm: VmRecord): HostRecord | undefined {
  return db.hosts.find((h) => h.moref === vm.hostMoref) ?? db.hosts[0]
}

/** Space a datastore has left: its capacity less the disks of the VMs vCenter has on it. */
export function freeGbOf(db: SimulatorDb, datastore: DatastoreRecord): number {
  const used = db.vms
    .filter((vm) => !vm.deleted)
    .flatMap((vm) => vm.vmdks)
    .filter((disk) => disk.datastoreMoref === datastore.moref)
    .reduce((sum, disk) => sum + disk.sizeGb, 0)
  return Math.max(0, datastore.capacityGb - used)
}
