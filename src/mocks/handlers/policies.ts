import { HttpResponse } from 'msw'
import { getDb } from '../model/db'
import { createPolicy, deletePolicy, updatePolicy } from '../model/policies'
import { audit, envelope, guard, http, idParam, message, readJson, type Schemas } from './http'
import { presentPolicy } from './present'

/** Backup policies: list (confirmed), create, update and delete (inferred). */
export const policiesHandlers = [
  http.get('/4.1/policies', () => {
    const reply: Schemas['PolicyListResponse'] = envelope({
      policyResponseList: getDb().policies.map(presentPolicy),
    })
    return HttpResponse.json(reply)
  }),
  http.post(
    '/4.1/policies',
    guard(async ({ request }) => {
      const record = createPolicy(getDb(), await readJson<Schemas['PolicyRequest']>(request))
      audit(request, 'Policy Create', record.name, `Policy ${record.name} created.`)
      const reply: Schemas['PolicyResponse'] = envelope(
        presentPolicy(record),
        `Policy '${record.name}' created.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.put(
    '/4.1/policies/{id}',
    guard(async ({ params, request }) => {
      const id = idParam(params.id, 'Policy')
      const record = updatePolicy(getDb(), id, await readJson<Schemas['PolicyRequest']>(request))
      audit(request, 'Policy Modify', record.name, `Policy ${record.name} modified.`)
      const reply: Schemas['PolicyResponse'] = envelope(
        presentPolicy(record),
        `Policy '${record.name}' updated.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.delete(
    '/4.1/policies/{id}',
    guard(({ params, request }) => {
      const record = deletePolicy(getDb(), idParam(params.id, 'Policy'))
      audit(request, 'Policy Delete', record.name, `Policy ${record.name} deleted.`)
      return HttpResponse.json(message(`Policy '${record.name}' deleted.`))
    }),
  ),
]
