import { HttpResponse } from 'msw'
import { getDb } from '../model/db'
import {
  addStorageSystem,
  deleteStorageSystem,
  modifyStorageSystem,
  renameStorageSystem,
} from '../model/storage'
import { audit, envelope, guard, http, message, readJson, type Schemas } from './http'
import { presentStorageSystem } from './present'

/** ONTAP clusters and SVMs: list, add, modify, rename (W2b) and remove. */
export const storageSystemsHandlers = [
  http.get('/4.1/storage-system', () => {
    const db = getDb()
    const reply: Schemas['StorageSystemListResponse'] = envelope({
      storageSystemResponseList: db.storageSystems.map((s) => presentStorageSystem(db, s)),
    })
    return HttpResponse.json(reply)
  }),
  http.post(
    '/4.1/storage-system',
    guard(async ({ request }) => {
      const db = getDb()
      const record = addStorageSystem(db, await readJson<Schemas['StorageSystemRequest']>(request))
      audit(request, 'Storage System Add', record.name, `Storage system ${record.name} added.`)
      const reply: Schemas['StorageSystemResponse'] = envelope(
        presentStorageSystem(db, record),
        `Storage system '${record.name}' added.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.put(
    '/4.1/storage-system',
    guard(async ({ request }) => {
      const db = getDb()
      const record = modifyStorageSystem(db, await readJson<Schemas['StorageSystemRequest']>(request))
      audit(request, 'Storage System Modify', record.name, `Storage system ${record.name} modified.`)
      const reply: Schemas['StorageSystemResponse'] = envelope(
        presentStorageSystem(db, record),
        `Storage system '${record.name}' modified.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.patch(
    '/4.1/storage-system',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['StorageSystemRenameRequest']>(request)
      renameStorageSystem(getDb(), body.existingSVM?.name, body.newSVM?.name)
      const names = `${String(body.existingSVM?.name)} to ${String(body.newSVM?.name)}`
      audit(
        request,
        'Storage System Rename',
        String(body.newSVM?.name),
        `Storage system renamed from ${names}.`,
      )
      return HttpResponse.json(message('Storage system renamed successfully.'))
    }),
  ),
  http.delete(
    '/4.1/storage-system',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['StorageSystemDeleteRequest']>(request)
      deleteStorageSystem(getDb(), body.name)
      audit(
        request,
        'Storage System Remove',
        String(body.name),
        `Storage system ${String(body.name)} removed.`,
      )
      return HttpResponse.json(message(`Storage system '${String(body.name)}' removed.`))
    }),
  ),
]
