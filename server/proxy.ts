import type { IncomingHttpHeaders } from 'node:http'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import replyFrom from '@fastify/reply-from'
import { bffError } from './errors.js'
import { sessionOf } from './session-cookie.js'
import type { SessionStore } from './sessions.js'
import { describeTransportError, type Upstream } from './upstream.js'

/** Request headers the appliance gets from the page; everything else (cookies above all) stays here. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'content-length'] as const
/** Response headers the page gets from the appliance; the server's own security headers are never replaced. */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'etag',
  'last-modified',
  'retry-after',
] as const

const proxyPrefix = (applianceId: string) => `/api/scv/${applianceId}`

function pick(headers: IncomingHttpHeaders, names: readonly string[]): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {}
  for (const name of names) if (headers[name] !== undefined) out[name] = headers[name]
  return out
}

/**
 * The appliance path for a console path: `/api/scv/<id>/4.1/jobs?x` → `/api/4.1/jobs?x`. Dot segments are
 * resolved first, so nothing can climb out of the appliance's `/api`. Login is refused: its answer carries
 * the token, and sign-in goes through `/bff/session`.
 */
function upstreamPath(rawUrl: string, prefix: string): string | null {
  const url = new URL(rawUrl, 'http://console.invalid')
  if (!url.pathname.startsWith(`${prefix}/`)) return null
  const path = `/api${url.pathname.slice(prefix.length)}`
  if (!path.startsWith('/api/')) return null
  if (/\/auth\/login\/?$/i.test(path)) return null
  return `${path}${url.search}`
}

/**
 * `/api/scv/<id>/...` → that appliance's `/api/...`, with the session's token in SCV's `Token` header. Bodies
 * stream both ways (the 100,000-job list is tens of MB; compression happens on the way out). The appliance's
 * 401 ends this appliance's sign-in only, and the page is told which appliance and why.
 */
export async function registerApplianceProxy(
  app: FastifyInstance,
  upstream: Upstream,
  sessions: SessionStore,
): Promise<void> {
  const { appliance } = upstream
  const prefix = proxyPrefix(appliance.id)
  await app.register(
    async (scope) => {
      // Pass request bodies through untouched, as streams: the appliance parses them, not us.
      scope.removeAllContentTypeParsers()
      scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload))
      await scope.register(replyFrom, {
        base: appliance.baseUrl,
        undici: upstream.agent,
        disableRequestLogging: true,
      })

      scope.all('/*', (request: FastifyRequest, reply: FastifyReply) => {
        const path = upstreamPath(request.url, prefix)
        if (!path)
          return reply.code(404).send(
            bffError(404, 'Not available through the console server.', {
              reason: 'not-found',
              appliance: appliance.id,
            }),
          )
        const session = sessionOf(request, sessions)
        const signIn = session?.appliances.get(appliance.id)
        if (!session || !signIn)
          return reply.code(401).send(
            bffError(401, `You are not signed in to ${appliance.label}.`, {
              reason: 'signed-out',
              appliance: appliance.id,
            }),
          )
        return reply.from(path, {
          // SCV writes are never repeated behind the user's back, and neither are reads: the page decides.
          retryDelay: () => null,
          rewriteRequestHeaders: (_req, headers) => ({
            ...pick(headers, FORWARDED_REQUEST_HEADERS),
            host: headers.host,
            accept: headers.accept ?? 'application/json',
            token: signIn.token,
          }),
          rewriteHeaders: (headers) => pick(headers, FORWARDED_RESPONSE_HEADERS),
          onResponse: (_req, res, upstreamResponse) => {
            if (upstreamResponse.statusCode !== 401) return res.send(upstreamResponse.stream)
            upstreamResponse.stream.resume()
            sessions.dropAppliance(session, appliance.id)
            request.log.info(
              { appliance: appliance.id, user: signIn.username },
              'appliance session ended (401)',
            )
            return res
              .removeHeader('content-length')
              .removeHeader('content-disposition')
              .code(401)
              .send(
                bffError(401, `Your session on ${appliance.label} has ended. Sign in to it again.`, {
                  reason: 'expired',
                  appliance: appliance.id,
                }),
              )
          },
          onError: (res, { error }) => {
            const cause = (error as { cause?: unknown }).cause ?? error
            const timedOut = (error as { statusCode?: number }).statusCode === 504
            const status = timedOut ? 504 : 502
            const why = timedOut ? 'did not answer in time' : describeTransportError(cause)
            res.code(status).send(
              bffError(status, `${appliance.label} could not be reached: ${why}.`, {
                reason: timedOut ? 'timeout' : 'unreachable',
                appliance: appliance.id,
              }),
            )
          },
        })
      })
    },
    { prefix },
  )
}
