import { readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import { bffError } from './errors.js'
import { ConfigError } from './registry.js'
import { styleNonceOf } from './security.js'

/** Vite puts content-hashed files here: a new build gets new names, so browsers may keep these for a year. */
const HASHED_ASSETS = `assets${sep}`
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** The MSW worker is copied into every build but belongs to the embedded simulator, never to this server. */
const NOT_SERVED = new Set(['/mockServiceWorker.js', '/index.html'])

/** Marks the page as served by this server and hands it the style nonce of this response's CSP. */
function renderIndex(template: string, nonce: string): string {
  const marker = `  <meta name="scv-console" content="server" />\n    <meta property="csp-nonce" nonce="${nonce}" />\n  `
  return template.replace(/<\/head>/i, `${marker}</head>`)
}

function loadTemplate(distDir: string): string {
  const file = join(distDir, 'index.html')
  try {
    return readFileSync(file, 'utf8')
  } catch {
    throw new ConfigError(
      `No built console at ${file}: run \`npm run build\` first (or set SCV_CONSOLE_DIST)`,
    )
  }
}

/** Paths the single-page app owns: no file extension, outside the server's own API. */
function isAppRoute(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '/'
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (path.startsWith('/api/') || path.startsWith('/bff/') || path === '/api' || path === '/bff') return false
  return !/\.[a-z0-9]+$/i.test(path)
}

/**
 * The built console: hashed assets cached for good, everything else revalidated, and index.html for every
 * route of the app (a reload or a bookmarked deep link). index.html is rendered per request (its CSP nonce
 * changes each time), so it has no validators and is never cached.
 */
export async function registerConsole(app: FastifyInstance, distDir: string): Promise<void> {
  const template = loadTemplate(distDir)
  const sendIndex = (reply: FastifyReply) =>
    reply
      .code(200)
      .header('cache-control', 'no-cache, no-store')
      .type('text/html; charset=utf-8')
      .send(renderIndex(template, styleNonceOf(reply)))

  await app.register(fastifyStatic, {
    root: distDir,
    index: false,
    wildcard: true,
    cacheControl: false,
    allowedPath: (pathName) => !NOT_SERVED.has(pathName),
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        relative(distDir, path).startsWith(HASHED_ASSETS) ? IMMUTABLE : 'no-cache',
      )
    },
  })
  app.get('/', (_request, reply) => sendIndex(reply))
  app.get('/index.html', (_request, reply) => sendIndex(reply))

  app.setNotFoundHandler((request, reply) => {
    if (isAppRoute(request)) return sendIndex(reply)
    const path = request.url.split('?')[0] ?? ''
    if (path.startsWith('/api/') || path.startsWith('/bff/'))
      return reply
        .code(404)
        .send(bffError(404, `No such endpoint: ${request.method} ${path}`, { reason: 'not-found' }))
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found')
  })
}
