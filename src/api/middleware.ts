import type { Middleware } from 'openapi-fetch'
import { ApiError, kindForStatus, scvMessageFrom } from './errors'
import { getToken } from './session'

type UnauthorizedHandler = (error: ApiError) => void
let unauthorizedHandler: UnauthorizedHandler | null = null

/** The sign-in flow registers what happens on a 401 (forget the token, go to sign-in, keep the place). */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler
}

/** Every call but login carries the vCenter-issued token in SCV's `Token` header. */
export const tokenMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getToken()
    if (token) request.headers.set('Token', token)
    // JSON unless the caller asked for something else (the job-log download asks for the appliance's file).
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json')
    return request
  },
}

async function readBody(response: Response): Promise<unknown> {
  try {
    const text = await response.clone().text()
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/**
 * Turns every non-2xx answer into one ApiError with the appliance's own message, so no page has to read
 * envelopes. A login that fails with 401 is "wrong credentials", not "session expired": it does not trigger
 * the sign-in redirect.
 */
export const errorMiddleware: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    if (response.ok) return response
    const method = request.method.toUpperCase()
    const body = await readBody(response)
    const error = new ApiError({
      kind: kindForStatus(response.status, body),
      status: response.status,
      scvMessage: scvMessageFrom(body),
      method,
      path: schemaPath,
    })
    if (error.kind === 'unauthorized' && !schemaPath.endsWith('/auth/login')) unauthorizedHandler?.(error)
    throw error
  },
  onError({ error, request, schemaPath }) {
    if (error instanceof ApiError) return error
    return new ApiError({
      kind: 'network',
      status: 0,
      method: request.method.toUpperCase(),
      path: schemaPath,
      cause: error,
    })
  },
}
