import { HttpResponse } from 'msw'
import { createOpenApiHttp } from 'openapi-msw'
import type { components, paths } from '../../api/schema'
import { recordAudit } from '../model/audit'
import { getDb } from '../model/db'
import { errorBody, SimError } from '../model/errors'
import { userOfToken } from '../model/sessions'

/**
 * Where the appliance's REST API lives: `/api` on the origin that serves the simulator — the page's own origin
 * for the browser worker and msw/node (MSW resolves a relative path against `location`), the server's origin
 * for the Node HTTP simulator (`getResponse(…, { baseUrl })`). Never a wildcard: in the dev server the page
 * loads its own modules from paths such as `/src/features/auth/api/mutations.ts`, and a `*\/api/*` pattern
 * answered those with the appliance's 401 (a blank page).
 */
export const API_BASE = '/api'

/** Typed MSW `http` for the contract's paths under {@link API_BASE}. */
export const http = createOpenApiHttp<paths>({ baseUrl: API_BASE })

export type Schemas = components['schemas']

/** The success envelope SCV wraps every reply in. */
export function envelope<T>(
  response: T,
  message = 'OK',
): {
  statusCode: number
  statusMessage: string
  responseMessage: string
  response: T
} {
  return { statusCode: 200, statusMessage: 'OK', responseMessage: message, response }
}

/** A JSON reply with the SCV envelope and no payload. */
export function message(text: string): Schemas['MessageResponse'] {
  return { statusCode: 200, statusMessage: 'OK', responseMessage: [text] }
}

/** The reply of a call that started a job. */
export function jobStarted(jobId: number, text: string): Schemas['JobStartedResponse'] {
  return { statusCode: 200, statusMessage: 'OK', responseMessage: text, response: { jobId } }
}

/** An SCV error body with its HTTP status. Error replies always carry JSON (the client relies on it). */
export function errorResponse(status: number, text: string): HttpResponse<Schemas['ErrorResponse']> {
  return HttpResponse.json(errorBody(status, text), { status })
}

/**
 * Wraps a resolver so a {@link SimError} thrown by the model becomes the appliance's error reply instead of
 * MSW's generic 500.
 */
export function guard<A extends unknown[], R>(
  resolver: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R | HttpResponse<Schemas['ErrorResponse']>> {
  return async (...args: A) => {
    try {
      return await resolver(...args)
    } catch (error) {
      if (error instanceof SimError) return errorResponse(error.status, error.message)
      if (error instanceof SyntaxError)
        return errorResponse(400, `Malformed JSON in request body: ${error.message}`)
      throw error
    }
  }
}

/** Reads a JSON body; an empty or broken body is the appliance's 400, not a crash. */
export async function readJson<T>(request: Request): Promise<Partial<T>> {
  const text = await request.text()
  if (text.trim() === '') return {}
  const parsed = JSON.parse(text) as unknown
  if (parsed === null || typeof parsed !== 'object')
    throw new SimError(400, 'Request body must be a JSON object.')
  return parsed as Partial<T>
}

/** Parses a numeric path parameter; a non-number is a 404 like an unknown id. */
export function idParam(value: string | readonly string[] | undefined, what: string): number {
  const raw = Array.isArray(value) ? value[0] : value
  const id = Number(raw)
  if (!Number.isInteger(id)) throw new SimError(404, `${what} with id '${String(raw)}' was not found.`)
  return id
}

/** ISO-8601 from epoch milliseconds (null stays null). */
export function iso(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString()
}

/** The vCenter user behind a request (its token), for the audit trail. */
export function actor(request: Request): string | null {
  return userOfToken(getDb(), request.headers.get('Token'))
}

/** Writes an audited action to `audit.log` under the request's user (docs/scv-api.md §6.10 lists what SCV audits). */
export function audit(request: Request, event: string, object: string | null, text: string): void {
  recordAudit(getDb(), { user: actor(request), event, object, message: text })
}
