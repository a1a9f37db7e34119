import { delay, getResponse, HttpResponse, type RequestHandler } from 'msw'
import { getDb } from '../model/db'
import { settleJobs } from '../model/jobs'
import { requireSession } from '../model/sessions'
import { SimError } from '../model/errors'
import { recordRequest } from '../request-log'
import {
  parseScenarioSpec,
  setScenario,
  SCENARIOS,
  transportFaultsFor,
  type ActiveScenario,
} from '../scenarios'
import { API_BASE, errorResponse, http } from './http'

/** Header that switches scenarios for one request over HTTP (syntax of {@link parseScenarioSpec}). */
export const SCENARIO_HEADER = 'X-Sim-Scenario'

/** Fields a "missingFields" reply loses: ids, names, statuses and times the UI relies on. */
const DROPPED_FIELDS = new Set([
  'id',
  'name',
  'status',
  'backupId',
  'backupName',
  'createdTime',
  'startTime',
  'token',
  'moref',
])

function dropFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropFields)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !DROPPED_FIELDS.has(key))
      .map(([key, v]) => [key, dropFields(v)]),
  )
}

function headerScenarios(request: Request): ActiveScenario[] {
  const spec = request.headers.get(SCENARIO_HEADER)
  if (!spec) return []
  const parsed = parseScenarioSpec(spec)
  // Behaviour scenarios change the appliance, so they stay on; transport faults apply to this request only.
  for (const s of parsed) if (SCENARIOS[s.name].kind !== 'transport') setScenario(s.name, s)
  return parsed.filter((s) => SCENARIOS[s.name].kind === 'transport')
}

/**
 * Runs before every API handler: records the request, lets running jobs catch up with the clock, injects the
 * active fault scenarios and checks the `Token` header. Returning nothing hands the request to the real handler.
 */
export function createGateway(apiHandlers: RequestHandler[]) {
  return http.untyped.all(`${API_BASE}/*`, async ({ request }) => {
    await recordRequest(request)
    const path = new URL(request.url).pathname
    let faults: ActiveScenario[]
    try {
      faults = transportFaultsFor(path, headerScenarios(request), request.method)
    } catch (error) {
      return errorResponse(400, error instanceof Error ? error.message : String(error))
    }
    const db = getDb()
    settleJobs(db)
    for (const fault of faults) {
      switch (fault.name) {
        case 'networkError':
          return HttpResponse.error()
        case 'stall':
        case 'latency':
          await delay(fault.ms ?? 0)
          break
        case 'serverError':
          return errorResponse(500, fault.message ?? 'Internal server error (simulated).')
        case 'serviceUnavailable':
          return errorResponse(
            503,
            fault.message ?? 'The SnapCenter Plug-in service is not available (simulated).',
          )
        case 'refused':
          return errorResponse(fault.status ?? 400, fault.message ?? 'Request refused (simulated).')
        case 'notOffered':
          // What a Spring Boot service answers for a path it does not map: no SCV envelope.
          return HttpResponse.json(
            { timestamp: new Date().toISOString(), status: 404, error: 'Not Found', path },
            { status: 404 },
          )
        default:
          break
      }
    }
    if (!path.endsWith('/4.1/auth/login')) {
      try {
        requireSession(db, request.headers.get('Token'))
      } catch (error) {
        if (error instanceof SimError) return errorResponse(error.status, error.message)
        throw error
      }
    }
    if (faults.some((f) => f.name === 'malformedJson')) {
      return new HttpResponse('{"statusCode":200,"statusMessage":"OK","response":{"', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    }
    if (faults.some((f) => f.name === 'missingFields')) {
      // Resolved against the origin this request was already matched on (the Node server has no `location`).
      const real = await getResponse(apiHandlers, request, { baseUrl: new URL(request.url).origin })
      if (!real) return undefined
      const body = dropFields((await real.json()) as unknown)
      return HttpResponse.json(body as Record<string, unknown>, { status: real.status })
    }
    return undefined
  })
}
