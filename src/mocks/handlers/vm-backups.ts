import { HttpResponse } from 'msw'
import { getDb } from '../model/db'
import {
  backupById,
  backupsOfVm,
  freeGbOf,
  homeHostOf,
  liveVm,
  snapshotLocations,
  vmByMorefOrUuid,
  vmdksInBackup,
} from '../model/inventory'
import { attachedPath, attachVmdks, detachVmdks, restoreVm, restoreVmdks } from '../model/recovery'
import type { BackupRecord, SimulatorDb, VmRecord } from '../model/types'
import { audit, envelope, guard, http, idParam, jobStarted, readJson, type Schemas } from './http'
import { esxHostsReply, lookups, presentBackup, presentVmdk, snapshotLocationsReply } from './present'

/**
 * Disks for `vmdkLocationsList`: the VM's disks (all of them, or only those in `backup` when `onlyBackup`), located
 * in `backup`, followed by disks attached to the VM from backups so detach can pick them.
 */
function vmdkList(
  db: SimulatorDb,
  vm: VmRecord,
  backup: BackupRecord | undefined,
  onlyBackup: boolean,
): Schemas['VmdkLocation'][] {
  const locations = backup ? snapshotLocations(db, backup) : []
  const where = locations.find((l) => l.locationType === 'PRIMARY') ?? locations[0]
  const disks = backup && onlyBackup ? vmdksInBackup(vm, backup) : vm.vmdks
  const own = disks.map((disk, i) =>
    presentVmdk(db, disk, i, where ? { location: where.location, locationType: where.locationType } : null),
  )
  const attached = vm.attached
    .filter((a) => !onlyBackup || a.backupId === backup?.id)
    .map((a, i): Schemas['VmdkLocation'] => ({
      vmdkPath: attachedPath(a),
      diskName: `Hard disk ${vm.vmdks.length + i + 1} (attached from backup ${a.backupId})`,
      datastore: `scv_attach_${a.backupId}`,
      location: a.location,
      attachedFromBackupId: a.backupId,
    }))
  return [...own, ...attached]
}

/** VM backups, restore (also of deleted VMs by UUID), VMDK restore, attach and detach. */
export const vmBackupsHandlers = [
  http.get(
    '/4.1/vm/{moref}/backups',
    guard(({ params }) => {
      const db = getDb()
      const vm = vmByMorefOrUuid(db, params.moref)
      const l = lookups(db)
      const reply: Schemas['BackupListResponse'] = envelope({
        backupResponseList: backupsOfVm(db, vm).map((b) => presentBackup(b, l, false)),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.get(
    '/4.1/vm/backups/{backupId}/snapshotlocations',
    guard(({ params }) => HttpResponse.json(snapshotLocationsReply(getDb(), params.backupId))),
  ),
  http.get(
    '/4.1/vm/{moref}/backups/availableesxhosts',
    guard(({ params }) => {
      const db = getDb()
      // The deleted-VM workflow calls this with the moref of the datastore it came through (§5.4): the hosts
      // that see that datastore. A VM's moref (deleted VMs keep theirs) or UUID works too.
      const datastore = db.datastores.find((d) => d.moref === params.moref)
      const vm = datastore ? null : vmByMorefOrUuid(db, params.moref)
      const home = vm ? homeHostOf(db, vm) : undefined
      const near = datastore ? datastore.hostMorefs : home ? [home.moref] : []
      return HttpResponse.json(esxHostsReply(db, near, (host) => vm !== null && host === vm.hostMoref))
    }),
  ),
  http.post(
    '/4.1/vm/{moref}/backups/{backupId}/restore',
    guard(async ({ params, request }) => {
      const db = getDb()
      const body = await readJson<Schemas['RestoreVmRequest']>(request)
      const job = restoreVm(db, params.moref, idParam(params.backupId, 'Backup'), body)
      audit(
        request,
        'Restore VM',
        params.moref,
        `Restore of virtual machine ${params.moref} started (job ${job.id}).`,
      )
      return HttpResponse.json(jobStarted(job.id, `Restore started. Job id ${job.id}.`))
    }),
  ),
  http.get(
    '/4.1/vm/{moref}/backups/vmdklocations',
    guard(({ params }) => {
      const db = getDb()
      const vm = liveVm(db, params.moref)
      // Without a backup id: the VM's current disks, located in its latest backup.
      const latest = backupsOfVm(db, vm)[0]
      const reply: Schemas['VmdkLocationListResponse'] = envelope({
        vmdkLocationsList: vmdkList(db, vm, latest, false),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.get(
    '/4.1/vm/{moref}/backups/{backupId}/vmdklocations',
    guard(({ params }) => {
      const db = getDb()
      const vm = vmByMorefOrUuid(db, params.moref)
      const backup = backupById(db, idParam(params.backupId, 'Backup'))
      const reply: Schemas['VmdkLocationListResponse'] = envelope({
        vmdkLocationsList: vmdkList(db, vm, backup, true),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.get(
    '/4.1/vm/{moref}/backups/{backupId}/availabledatastores',
    guard(({ params }) => {
      const db = getDb()
      const vm = liveVm(db, params.moref)
      backupById(db, idParam(params.backupId, 'Backup'))
      const cluster = db.hosts.find((h) => h.moref === vm.hostMoref)?.cluster
      const reachable = new Set(db.hosts.filter((h) => h.cluster === cluster).map((h) => h.moref))
      // The VM's own datastores are always reachable from it, and so are those its cluster's hosts see.
      const own = new Set(vm.vmdks.map((disk) => disk.datastoreMoref))
      const available = db.datastores.filter(
        (d) =>
          !d.mount &&
          (d.kind === 'NFS' || d.kind === 'VMFS') &&
          (own.has(d.moref) || d.hostMorefs.some((h) => reachable.has(h))),
      )
      const GB = 1024 ** 3
      const reply: Schemas['DatastoreNameListResponse'] = envelope({
        DatastoreNameList: available.map((d) => d.name),
        datastoreSpace: available.map((d) => ({
          name: d.name,
          freeBytes: freeGbOf(db, d) * GB,
          capacityBytes: d.capacityGb * GB,
        })),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.post(
    '/4.1/vm/{moref}/backups/{backupId}/restorevmdks',
    guard(async ({ params, request }) => {
      const db = getDb()
      const body = await readJson<Schemas['RestoreVmdkRequest']>(request)
      const job = restoreVmdks(db, params.moref, idParam(params.backupId, 'Backup'), body)
      audit(
        request,
        'Restore VMDK',
        params.moref,
        `Restore of virtual disks of ${params.moref} started (job ${job.id}).`,
      )
      return HttpResponse.json(jobStarted(job.id, `VMDK restore started. Job id ${job.id}.`))
    }),
  ),
  http.post(
    '/4.1/vm/{moref}/attachvmdks',
    guard(async ({ params, request }) => {
      const job = attachVmdks(getDb(), params.moref, await readJson<Schemas['AttachVmdksRequest']>(request))
      audit(
        request,
        'Attach VMDK',
        params.moref,
        `Attach of virtual disks to ${params.moref} started (job ${job.id}).`,
      )
      return HttpResponse.json(jobStarted(job.id, `Attach started. Job id ${job.id}.`))
    }),
  ),
  http.post(
    '/4.1/vm/{moref}/detachvmdks',
    guard(async ({ params, request }) => {
      const job = detachVmdks(getDb(), params.moref, await readJson<Schemas['DetachVmdksRequest']>(request))
      audit(
        request,
        'Detach VMDK',
        params.moref,
        `Detach of virtual disks from ${params.moref} started (job ${job.id}).`,
      )
      return HttpResponse.json(jobStarted(job.id, `Detach started. Job id ${job.id}.`))
    }),
  ),
]
