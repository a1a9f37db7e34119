import { HttpResponse } from 'msw'
import { clearRequestLog, getRequestLog } from '../request-log'
import { applyScenarioSpec, clearScenarios, isScenarioName, listScenarios, setScenario } from '../scenarios'
import type { ScaleName } from '../model/seed'
import { getDb } from '../model/db'
import { errorResponse, http } from './http'

interface ScenarioBody {
  /** `name,key=value;name2` syntax, as in the URL parameter and header. */
  spec?: string
  name?: string
  path?: string
  method?: string
  ms?: number
  status?: number
  message?: string
  /** Turn everything off first. */
  clear?: boolean
}

/**
 * Control endpoints for driving the simulator over HTTP (scripts, Playwright against `npm run simulator`).
 * They live outside `/api`, need no token and are not recorded in the request log.
 */
export function createAdminHandlers(reset: (options: { scale?: ScaleName }) => void) {
  return [
    http.untyped.get('/__sim/scenarios', () => HttpResponse.json({ scenarios: listScenarios() })),
    http.untyped.post('/__sim/scenarios', async ({ request }) => {
      const text = await request.text()
      let body: ScenarioBody
      try {
        body = text ? (JSON.parse(text) as ScenarioBody) : {}
      } catch {
        return errorResponse(
          400,
          'Body must be JSON: {"spec":"latency,ms=500"} or {"name":"serverError","path":"/4.1/jobs"}.',
        )
      }
      try {
        if (body.clear) clearScenarios()
        if (body.spec) applyScenarioSpec(body.spec)
        if (body.name) {
          if (!isScenarioName(body.name))
            return errorResponse(400, `Unknown simulator scenario '${body.name}'.`)
          setScenario(body.name, {
            ...(body.path ? { path: body.path } : {}),
            ...(body.method ? { method: body.method.toUpperCase() } : {}),
            ...(body.ms ? { ms: body.ms } : {}),
            ...(body.status ? { status: body.status } : {}),
            ...(body.message ? { message: body.message } : {}),
          })
        }
      } catch (error) {
        return errorResponse(400, error instanceof Error ? error.message : String(error))
      }
      return HttpResponse.json({ scenarios: listScenarios() })
    }),
    http.untyped.delete('/__sim/scenarios', () => {
      clearScenarios()
      return HttpResponse.json({ scenarios: [] })
    }),
    http.untyped.post('/__sim/reset', async ({ request }) => {
      const text = await request.text()
      const body = text ? (JSON.parse(text) as { scale?: string }) : {}
      const scale = body.scale === 'large' || body.scale === 'normal' ? body.scale : undefined
      reset(scale ? { scale } : {})
      return HttpResponse.json({ reset: true, ...(scale ? { scale } : {}) })
    }),
    http.untyped.get('/__sim/requests', () => HttpResponse.json({ requests: getRequestLog() })),
    // The tokens this appliance issued, so a test can prove they never reach a page (the console server's
    // promise). A test hook like the others here: a real appliance has nothing of the kind.
    http.untyped.get('/__sim/sessions', () =>
      HttpResponse.json({
        sessions: [...getDb().tokens.values()].map(({ token, username, expiresAt }) => ({
          token,
          username,
          expiresAt,
        })),
      }),
    ),
    http.untyped.delete('/__sim/requests', () => {
      clearRequestLog()
      return HttpResponse.json({ requests: [] })
    }),
  ]
}
