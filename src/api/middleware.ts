import type { Middleware } from 'openapi-fetch'
import { ApiError, kindForStatus, scvMessageFrom } from './errors'
import {
  applianceBaseUrl,
  CONSOLE_HEADER,
  getCurrentAppliance,
  isServedByConsoleServer,
} from './console-server'
import { getToken } from './session'

type UnauthorizedHandler = (error: ApiError) => void
let unauthorizedHandler: UnauthorizedHandler | null = null

/** The sign-in flow registers what happens on a 401 (forget the token, go to sign-in, keep the place). */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler
}

/**
 * A call the caller did not address to one appliance (`/api/4.1/...`: writes, downloads) goes to the
 * appliance the page shows. Reads name their appliance themselves (their query key holds it), so a read that
 * finishes after the user switched still lands in the right appliance's cache.
 */
function addressed(request: Request): Request {
  const url = new URL(request.url)
  if (!url.pathname.startsWith('/api/') || url.pathname.startsWith('/api/scv/')) return request
  const appliance = getCurrentAppliance()
  if (!appliance) return request
  return new Request(
    `${applianceBaseUrl(appliance.id)}${url.pathname.slice('/api'.length)}${url.search}`,
    request,
  )
}

/**
 * Every call but login carries the vCenter-issued token in SCV's `Token` header — except under the console
 * server, which holds the tokens itself: there the page sends none (it has none), only the header the server
 * requires of the console's own calls.
 */
export const tokenMiddleware: Middleware = {
  onRequest({ request }) {
    let outgoing = request
    if (isServedByConsoleServer()) {
      outgoing = addressed(request)
      outgoing.headers.set(CONSOLE_HEADER, '1')
    } else {
      const token = getToken()
      if (token) outgoing.headers.set('Token', token)
    }
    // JSON unless the caller asked for something else (the job-log download asks for the appliance's file).
    if (!outgoing.headers.has('Accept')) outgoing.headers.set('Accept', 'application/json')
    return outgoing
  },
}

/** What the console server adds to its own errors: which appliance, and why (server/errors.ts). */
function consoleServerDetail(body: unknown): { appliance?: string; reason?: string } {
  const detail = (body as { scvConsole?: { appliance?: unknown; reason?: unknown } } | undefined)?.scvConsole
  return {
    ...(typeof detail?.appliance === 'string' ? { appliance: detail.appliance } : {}),
    ...(typeof detail?.reason === 'string' ? { reason: detail.reason } : {}),
  }
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
    const { appliance, reason } = consoleServerDetail(body)
    // The console server could not reach the appliance (or it did not answer in time): that is the network's
    // failure, named by the server, not the appliance's.
    const unreachable = reason === 'unreachable' || reason === 'timeout'
    const error = new ApiError({
      kind: unreachable ? 'network' : kindForStatus(response.status, body),
      status: response.status,
      scvMessage: scvMessageFrom(body),
      method,
      path: schemaPath,
      ...(appliance ? { appliance } : {}),
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
