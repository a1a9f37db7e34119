import { HttpResponse } from 'msw'
import { getDb } from '../model/db'
import { badRequest, found } from '../model/errors'
import { checkHostName, checkPort } from '../model/rules'
import { SIMULATOR_PASSWORD, SIMULATOR_USERS } from '../model/sessions'
import { audit, envelope, guard, http, message, readJson, type Schemas } from './http'

function checkVcenter(body: Partial<Schemas['VcenterRegistrationRequest']>): void {
  if (!body.vcenterHost || !body.username || !body.password)
    throw badRequest('vcenterHost, username and password are required.')
  const hostError = checkHostName('vCenter Server', body.vcenterHost)
  if (hostError) throw badRequest(hostError)
  if (body.port !== undefined) {
    const portError = checkPort('vCenter Server port', body.port)
    if (portError) throw badRequest(portError)
  }
  const known = SIMULATOR_USERS.some((u) => u.toLowerCase() === body.username?.toLowerCase())
  if (!known || body.password !== SIMULATOR_PASSWORD)
    // 400, not 401: a 401 from SCV means the console's own token expired.
    throw badRequest('vCenter rejected the credentials (user name or password).')
}

/** Configuration keys and vCenter registration (seen only in the documentation's history). */
export const configurationHandlers = [
  http.get(
    '/4.1/configurations',
    guard(({ query }) => {
      const key = query.get('configurationName')
      if (!key) throw badRequest('configurationName is required.')
      const value = found(getDb().configurations[key], 'Configuration key', key)
      const reply: Schemas['ConfigurationItemResponse'] = envelope({
        configurationName: key,
        configurationValue: value,
        objectType: 'ConfigKey',
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.put(
    '/4.1/configurations',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['ConfigurationItem']>(request)
      if (body.objectType !== 'ConfigKey') throw badRequest("objectType must be 'ConfigKey'.")
      const db = getDb()
      const key = String(body.configurationName ?? '')
      found(db.configurations[key], 'Configuration key', key)
      if (body.configurationValue !== 'true' && body.configurationValue !== 'false') {
        throw badRequest(`${key} takes 'true' or 'false'.`)
      }
      db.configurations[key] = body.configurationValue
      audit(request, 'Configuration Modify', key, `Configuration ${key} set to ${body.configurationValue}.`)
      return HttpResponse.json(
        message(`${key} set to ${body.configurationValue}. Restart the services to apply it.`),
      )
    }),
  ),
  http.post(
    '/4.1/vcenter',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['VcenterRegistrationRequest']>(request)
      checkVcenter(body)
      audit(
        request,
        'vCenter Register',
        String(body.vcenterHost),
        `Extension registered with vCenter Server ${String(body.vcenterHost)}.`,
      )
      return HttpResponse.json(message('Successfully registered extension with vCenter Server.'))
    }),
  ),
  http.post(
    '/4.1/vcenter/validate',
    guard(async ({ request }) => {
      checkVcenter(await readJson<Schemas['VcenterRegistrationRequest']>(request))
      return HttpResponse.json(message('vCenter Server connection and credentials are valid.'))
    }),
  ),
]
