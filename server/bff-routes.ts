import type { FastifyInstance } from 'fastify'
import { bffError } from './errors.js'
import { toPublicAppliance } from './registry.js'
import { clearSessionCookie, sessionOf, setSessionCookie } from './session-cookie.js'
import { viewOf, type SessionStore } from './sessions.js'
import { login, probe, type LoginResult, type ProbeResult, type Upstream } from './upstream.js'

const HEALTH_CACHE_MS = 5_000

interface SignInBody {
  username: string
  password: string
  appliances?: string[]
}

const signInSchema = {
  body: {
    type: 'object',
    required: ['username', 'password'],
    additionalProperties: false,
    properties: {
      username: { type: 'string', minLength: 1, maxLength: 256 },
      password: { type: 'string', minLength: 1, maxLength: 1024 },
      appliances: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', maxLength: 63 } },
    },
  },
} as const

/** One appliance's sign-in outcome; the token never leaves the server. */
type SignInOutcome =
  | { appliance: string; ok: true }
  | { appliance: string; ok: false; reason: string; status: number; message: string }

function outcomeOf(appliance: string, result: LoginResult): SignInOutcome {
  return result.ok
    ? { appliance, ok: true }
    : { appliance, ok: false, reason: result.reason, status: result.status, message: result.message }
}

/**
 * `/bff/*`: the registry (without trust settings), the browser's session (sign in to one or several
 * appliances, sign out of all) and the health of every appliance.
 */
export async function registerBffRoutes(
  app: FastifyInstance,
  upstreams: Map<string, Upstream>,
  sessions: SessionStore,
): Promise<void> {
  const appliances = [...upstreams.values()].map((u) => toPublicAppliance(u.appliance))

  app.get('/bff/appliances', async () => ({ appliances }))

  app.get('/bff/session', async (request) => viewOf(sessionOf(request, sessions)))

  app.post<{ Body: SignInBody }>(
    '/bff/session',
    { schema: signInSchema, bodyLimit: 16 * 1024 },
    async (request, reply) => {
      const { username, password } = request.body
      const wanted = request.body.appliances ?? [...upstreams.keys()]
      const unknown = wanted.filter((id) => !upstreams.has(id))
      if (unknown.length)
        return reply
          .code(400)
          .send(bffError(400, `Unknown appliance: ${unknown.join(', ')}`, { reason: 'unknown-appliance' }))
      // One sign-in fans out to every chosen appliance at once; each answers for itself.
      const results = await Promise.all(
        wanted.map(async (id) => ({
          id,
          result: await login(upstreams.get(id) as Upstream, username, password),
        })),
      )
      const signedIn = results.filter((r) => r.result.ok)
      let session = sessionOf(request, sessions)
      if (signedIn.length) {
        session ??= sessions.create()
        for (const { id, result } of signedIn)
          if (result.ok) session.appliances.set(id, { token: result.token, username, signedInAt: Date.now() })
        setSessionCookie(reply, session)
      }
      for (const { id, result } of results)
        request.log.info(
          { appliance: id, user: username, ok: result.ok, ...(result.ok ? {} : { reason: result.reason }) },
          'sign-in',
        )
      const outcomes = results.map(({ id, result }) => outcomeOf(id, result))
      const failed = results.map((r) => r.result).filter((r) => !r.ok)
      const status = signedIn.length ? 200 : failed.some((r) => r.reason === 'rejected') ? 401 : 502
      return reply.code(status).send({ results: outcomes, ...viewOf(session) })
    },
  )

  app.delete('/bff/session', async (request, reply) => {
    const session = sessionOf(request, sessions)
    if (session) sessions.destroy(session.id)
    clearSessionCookie(reply)
    return viewOf(undefined)
  })

  let health: { at: number; body: Promise<unknown> } | null = null
  app.get('/bff/health', async (_request, reply) => {
    const now = Date.now()
    if (!health || now - health.at > HEALTH_CACHE_MS) health = { at: now, body: checkAll(upstreams) }
    reply.header('cache-control', 'no-store')
    return health.body
  })
}

/** Probes every appliance in parallel; the server itself is healthy as long as it answers. */
async function checkAll(upstreams: Map<string, Upstream>) {
  const probes = await Promise.all(
    [...upstreams.values()].map(
      async (u) =>
        ({ ...toPublicAppliance(u.appliance), ...(await probe(u)) }) as ReturnType<typeof toPublicAppliance> &
          ProbeResult,
    ),
  )
  return {
    status: probes.every((p) => p.state === 'up') ? 'ok' : 'degraded',
    checkedAt: new Date().toISOString(),
    appliances: probes,
  }
}
