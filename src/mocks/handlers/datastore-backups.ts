import { HttpResponse } from 'msw'
import { getDb } from '../model/db'
import { backupById, backupsOfDatastore, datastoreByMoref, mountedDatastores } from '../model/inventory'
import { cleanupBackup, mountBackup, unmountDatastores } from '../model/recovery'
import {
  API_BASE,
  audit,
  envelope,
  guard,
  http,
  idParam,
  iso,
  jobStarted,
  readJson,
  type Schemas,
} from './http'
import { esxHostsReply, lookups, presentBackup, snapshotLocationsReply } from './present'

/** Datastore backups, mount, mounted list, unmount and the out-of-band cleanup. */
export const datastoreBackupsHandlers = [
  http.get(
    '/4.1/datastores/{moref}/backups',
    guard(({ params }) => {
      const db = getDb()
      const ds = datastoreByMoref(db, params.moref)
      const l = lookups(db)
      // A datastore backup lists its VMs too: that is how the GUI reaches deleted VMs.
      const reply: Schemas['BackupListResponse'] = envelope({
        backupResponseList: backupsOfDatastore(db, ds.moref).map((b) => presentBackup(b, l, true)),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.get(
    '/4.1/datastores/backups/{backupId}/snapshotlocators',
    guard(({ params }) => HttpResponse.json(snapshotLocationsReply(getDb(), params.backupId))),
  ),
  http.get(
    '/4.1/datastores/{moref}/availableEsxHosts',
    guard(({ params }) => {
      const db = getDb()
      const ds = datastoreByMoref(db, params.moref)
      // The hosts that mount the datastore now are its original hosts (the mount wizard's default).
      return HttpResponse.json(esxHostsReply(db, ds.hostMorefs, (host) => ds.hostMorefs.includes(host)))
    }),
  ),
  http.post(
    '/4.1/datastores/backups/{backupId}/mount',
    guard(async ({ params, request }) => {
      const body = await readJson<Schemas['MountRequest']>(request)
      const job = mountBackup(getDb(), idParam(params.backupId, 'Backup'), body)
      audit(
        request,
        'Backup Mount',
        String(params.backupId),
        `Mount of backup ${params.backupId} started (job ${job.id}).`,
      )
      return HttpResponse.json(jobStarted(job.id, `Mount started. Job id ${job.id}.`))
    }),
  ),
  http.get(
    '/4.1/datastores/backups/{backupId}/mounted',
    guard(({ params }) => {
      const db = getDb()
      const backup = backupById(db, idParam(params.backupId, 'Backup'))
      const list = mountedDatastores(db, backup.id).map((d): Schemas['MountedDatastore'] => ({
        moref: d.moref,
        name: d.name,
        esxHostName: d.mount?.esxHostName ?? '',
        sourceDatastore: d.mount?.sourceDatastoreName ?? '',
        location: d.mount?.location ?? '',
        mountedTime: iso(d.mount?.mountedAt) ?? '',
      }))
      const reply: Schemas['MountedDatastoreListResponse'] = envelope({ mountedDatastoresList: list })
      return HttpResponse.json(reply)
    }),
  ),
  http.post(
    '/4.1/datastores/unmount',
    guard(async ({ request }) => {
      const job = unmountDatastores(getDb(), await readJson<Schemas['UnmountRequest']>(request))
      audit(request, 'Backup Unmount', null, `Unmount of mounted backup datastores started (job ${job.id}).`)
      return HttpResponse.json(jobStarted(job.id, `Unmount started. Job id ${job.id}.`))
    }),
  ),
  // The documented `{backup-Id}` is not a valid MSW parameter name (no hyphens), so this one path is untyped.
  http.untyped.post(`${API_BASE}/backup/:backupId/cleanup`, async ({ params }) => {
    const cleanup = guard((backupId: unknown) => {
      const job = cleanupBackup(getDb(), idParam(String(backupId), 'Backup'))
      return HttpResponse.json(jobStarted(job.id, `Cleanup started. Job id ${job.id}.`))
    })
    return cleanup(params.backupId)
  }),
]
