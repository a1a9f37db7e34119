import { HttpResponse } from 'msw'
import { now } from '../model/clock'
import { getDb } from '../model/db'
import { badRequest } from '../model/errors'
import {
  createResourceGroup,
  deleteResourceGroup,
  groupById,
  setGroupSuspended,
  updateResourceGroup,
} from '../model/groups'
import { startBackupNow } from '../model/jobs'
import { audit, envelope, guard, http, idParam, jobStarted, message, readJson, type Schemas } from './http'
import { presentResourceGroup } from './present'

/** Resource groups: list, create, update, delete, suspend/resume and backup now. */
export const resourceGroupsHandlers = [
  http.get('/4.1/resource-groups', () => {
    const db = getDb()
    const at = now()
    const reply: Schemas['ResourceGroupListResponse'] = envelope({
      resourceGroupResponseList: db.resourceGroups.map((g) => presentResourceGroup(db, g, at)),
    })
    return HttpResponse.json(reply)
  }),
  http.post(
    '/4.1/resource-groups',
    guard(async ({ request }) => {
      const db = getDb()
      const record = createResourceGroup(db, await readJson<Schemas['ResourceGroupRequest']>(request))
      audit(request, 'Resource Group Create', record.name, `Resource group ${record.name} created.`)
      const reply: Schemas['ResourceGroupResponse'] = envelope(
        presentResourceGroup(db, record, now()),
        `Resource group '${record.name}' created.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
  // The literal segment must be matched before `{resouceGroupId}` would swallow it (MSW matches in order).
  http.post(
    '/4.1/resource-groups/backupnow',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['BackupNowRequest']>(request)
      if (typeof body.resourceGroupId !== 'number' || typeof body.policyId !== 'number') {
        throw badRequest('Both resourceGroupId and policyId are required.')
      }
      const db = getDb()
      const group = groupById(db, body.resourceGroupId)
      if (group.jobStatus === 'UNDER_MAINTENANCE')
        throw badRequest(`Resource group '${group.name}' is under maintenance; resume it before backing up.`)
      if (group.policies.length === 0)
        throw badRequest(`Resource group '${group.name}' has no policy; attach one before backing up.`)
      const job = startBackupNow(db, body.resourceGroupId, body.policyId)
      audit(
        request,
        'Backup Now',
        group.name,
        `On-demand backup of resource group ${group.name} started (job ${job.id}).`,
      )
      return HttpResponse.json(
        jobStarted(job.id, `Backup of resource group '${group.name}' started. Job id ${job.id}.`),
      )
    }),
  ),
  http.put(
    '/4.1/resource-groups/{resouceGroupId}',
    guard(async ({ params, request }) => {
      const db = getDb()
      const id = idParam(params.resouceGroupId, 'Resource group')
      const record = updateResourceGroup(db, id, await readJson<Schemas['ResourceGroupRequest']>(request))
      audit(request, 'Resource Group Modify', record.name, `Resource group ${record.name} modified.`)
      const reply: Schemas['ResourceGroupResponse'] = envelope(
        presentResourceGroup(db, record, now()),
        `Resource group '${record.name}' updated.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.delete(
    '/4.1/resource-groups/{resouceGroupId}',
    guard(({ params, request }) => {
      const record = deleteResourceGroup(getDb(), idParam(params.resouceGroupId, 'Resource group'))
      audit(
        request,
        'Resource Group Delete',
        record.name,
        `Resource group ${record.name} and its backups deleted.`,
      )
      return HttpResponse.json(message(`Resource group '${record.name}' and its backups deleted.`))
    }),
  ),
  http.post(
    '/4.1/resource-groups/{resouceGroupId}/suspend',
    guard(({ params, request }) => {
      const db = getDb()
      const record = setGroupSuspended(db, idParam(params.resouceGroupId, 'Resource group'), true)
      audit(request, 'Resource Group Suspend', record.name, `Resource group ${record.name} suspended.`)
      const reply: Schemas['ResourceGroupResponse'] = envelope(
        presentResourceGroup(db, record, now()),
        'Suspended.',
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.post(
    '/4.1/resource-groups/{resouceGroupId}/resume',
    guard(({ params, request }) => {
      const db = getDb()
      const record = setGroupSuspended(db, idParam(params.resouceGroupId, 'Resource group'), false)
      audit(request, 'Resource Group Resume', record.name, `Resource group ${record.name} resumed.`)
      const reply: Schemas['ResourceGroupResponse'] = envelope(
        presentResourceGroup(db, record, now()),
        'Resumed.',
      )
      return HttpResponse.json(reply)
    }),
  ),
]
