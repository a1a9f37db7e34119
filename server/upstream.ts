import { Agent } from 'undici'
import type { Appliance } from './registry.js'

/** An appliance and the connection pool that carries its TLS trust and timeouts. */
export interface Upstream {
  appliance: Appliance
  agent: Agent
}

const CONNECT_TIMEOUT_MS = 10_000
const LOGIN_TIMEOUT_MS = 60_000
const PROBE_TIMEOUT_MS = 5_000
/** A login or error answer is small; anything bigger is not what we asked for. */
const MAX_SMALL_BODY = 256 * 1024

/**
 * One pool per appliance, so each one's certificate rule applies to it alone (a lab appliance's opt-out never
 * weakens the check on production). Timeouts: headers and idle body time both follow the appliance's limit,
 * because some SCV calls (adding a storage system, mounting) answer only after minutes.
 */
export function createUpstream(appliance: Appliance): Upstream {
  const tls = appliance.tls
  const connect =
    tls.kind === 'ca'
      ? { ca: tls.ca, rejectUnauthorized: true }
      : tls.kind === 'insecure'
        ? { rejectUnauthorized: false }
        : { rejectUnauthorized: true }
  const agent = new Agent({
    connect: { ...connect, timeout: CONNECT_TIMEOUT_MS },
    headersTimeout: appliance.timeoutMs,
    bodyTimeout: appliance.timeoutMs,
    connections: 16,
  })
  return { appliance, agent }
}

/** Why a call to an appliance got no HTTP answer, in words an operator can act on. */
export function describeTransportError(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = err.cause?.code ?? err.code
  const message = err.cause?.message ?? err.message ?? String(error)
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the appliance running?)'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host name not found'
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return 'no answer to the connection attempt'
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'the appliance did not answer in time'
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_HAS_EXPIRED':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `certificate not trusted (${code}): set caFile for this appliance`
    default:
      return code ? `${code}: ${message}` : message
  }
}

async function readSmallJson(body: AsyncIterable<Buffer | Uint8Array>): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.length
    if (size > MAX_SMALL_BODY) break
    chunks.push(Buffer.from(chunk))
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

/** SCV's `responseMessage` (a string or an array of strings) or `statusMessage`. */
export function scvMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const record = body as Record<string, unknown>
  const message = record.responseMessage
  if (typeof message === 'string' && message.trim()) return message
  if (Array.isArray(message)) {
    const text = message.filter((part) => typeof part === 'string').join(' ')
    if (text.trim()) return text
  }
  return typeof record.statusMessage === 'string' ? record.statusMessage : undefined
}

export type LoginResult =
  | { ok: true; token: string }
  | { ok: false; reason: 'rejected' | 'failed' | 'unreachable'; status: number; message: string }

/**
 * `POST /api/4.1/auth/login` on one appliance. The password goes straight to the appliance and is not kept;
 * only the token comes back to the caller.
 */
export async function login(upstream: Upstream, username: string, password: string): Promise<LoginResult> {
  let response
  try {
    response = await upstream.agent.request({
      origin: upstream.appliance.baseUrl,
      path: '/api/4.1/auth/login',
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
      headersTimeout: LOGIN_TIMEOUT_MS,
      bodyTimeout: LOGIN_TIMEOUT_MS,
    })
  } catch (error) {
    return { ok: false, reason: 'unreachable', status: 0, message: describeTransportError(error) }
  }
  const body = await readSmallJson(response.body)
  const status = response.statusCode
  const token = (body as { response?: { token?: unknown } } | undefined)?.response?.token
  if (status >= 200 && status < 300 && typeof token === 'string' && token) return { ok: true, token }
  const message = scvMessage(body) ?? `The appliance answered ${status}`
  if (status === 401 || status === 403) return { ok: false, reason: 'rejected', status, message }
  return { ok: false, reason: 'failed', status: status >= 200 && status < 300 ? 502 : status, message }
}

export type ProbeResult =
  | { state: 'up' | 'degraded'; status: number; latencyMs: number }
  | { state: 'down'; latencyMs: number; error: string }

/**
 * Is the appliance's API answering? A tokenless GET of a protected resource must come back 401: any HTTP
 * answer below 500 means the SCV service is up; 5xx means it is there but unwell (restarting gives 503).
 */
export async function probe(upstream: Upstream): Promise<ProbeResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await upstream.agent.request({
      origin: upstream.appliance.baseUrl,
      path: '/api/4.1/policies',
      method: 'GET',
      headers: { accept: 'application/json' },
      headersTimeout: PROBE_TIMEOUT_MS,
      bodyTimeout: PROBE_TIMEOUT_MS,
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    })
    await response.body.dump()
    const status = response.statusCode
    return { state: status >= 500 ? 'degraded' : 'up', status, latencyMs: elapsed() }
  } catch (error) {
    return { state: 'down', latencyMs: elapsed(), error: describeTransportError(error) }
  }
}
