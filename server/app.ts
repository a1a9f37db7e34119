import { createServer as createHttpServer, type RequestListener } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { Server } from 'node:http'
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import compress from '@fastify/compress'
import cookie from '@fastify/cookie'
import { registerBffRoutes } from './bff-routes.js'
import { registerApplianceProxy } from './proxy.js'
import type { Appliance } from './registry.js'
import { registerCsrfCheck, registerSecurityHeaders } from './security.js'
import { SessionStore, type SessionStoreOptions } from './sessions.js'
import { registerConsole } from './spa.js'
import { createUpstream, type Upstream } from './upstream.js'

export interface ServerOptions {
  appliances: Appliance[]
  /** The built console (`npm run build` → dist/). */
  distDir: string
  /** Certificate and key when TLS ends at this server; absent behind a TLS-terminating reverse proxy. */
  tls?: { cert: string | Buffer; key: string | Buffer }
  /** Send HSTS (always with `tls`; opt-in behind a proxy that terminates TLS). */
  hsts?: boolean
  /** Fastify's trustProxy: the reverse proxy's address(es), so the log shows the real client. */
  trustProxy?: boolean | string
  logger?: FastifyServerOptions['logger']
  sessions?: SessionStoreOptions
}

/** Pieces the tests and the entry point reach into. */
export interface ConsoleServer {
  app: FastifyInstance
  sessions: SessionStore
  upstreams: Map<string, Upstream>
}

const SWEEP_EVERY_MS = 60_000

/** The request log: one line per request, no headers and no bodies (so no token, cookie or password). */
function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const appliance = /^\/api\/scv\/([^/]+)\//.exec(request.url)?.[1]
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ip: request.ip,
        ...(appliance ? { appliance } : {}),
      },
      'request',
    )
  })
}

/**
 * The production server: the built console, `/bff/*` (registry, sessions, health) and `/api/scv/<id>/*`
 * (one proxy per appliance), under strict security headers and compression.
 */
export async function buildServer(options: ServerOptions): Promise<ConsoleServer> {
  const tls = options.tls
  const app = Fastify({
    logger: options.logger ?? false,
    // Fastify's two lines per request are replaced by registerRequestLog's one.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
    serverFactory: (handler: RequestListener) =>
      (tls
        ? createHttpsServer({ cert: tls.cert, key: tls.key }, handler)
        : createHttpServer(handler)) as Server,
  })
  const sessions = new SessionStore(options.sessions)
  const upstreams = new Map(options.appliances.map((a) => [a.id, createUpstream(a)] as const))

  registerRequestLog(app)
  await registerSecurityHeaders(app, { hsts: options.hsts ?? Boolean(tls) })
  registerCsrfCheck(app)
  await app.register(cookie)
  await app.register(compress, {
    global: true,
    threshold: 1024,
    // gzip only: on the 38 MB job list Brotli at its default quality (11) is far too slow to stream, and at a
    // streamable quality (4) it came out larger than gzip (3.55 MB against 3.21 MB) and slower.
    encodings: ['gzip'],
  })
  await registerBffRoutes(app, upstreams, sessions)
  for (const upstream of upstreams.values()) await registerApplianceProxy(app, upstream, sessions)
  await registerConsole(app, options.distDir)

  const sweeper = setInterval(() => sessions.sweep(), SWEEP_EVERY_MS)
  sweeper.unref()
  app.addHook('onClose', async () => {
    clearInterval(sweeper)
    sessions.clear()
    await Promise.all([...upstreams.values()].map((u) => u.agent.close()))
  })
  return { app, sessions, upstreams }
}
