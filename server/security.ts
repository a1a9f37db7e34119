import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import helmet from '@fastify/helmet'
import { bffError } from './errors.js'

/** The header every API call from the console carries; a cross-site form or image cannot send it. */
export const CSRF_HEADER = 'x-scv-console'
export const CSRF_VALUE = '1'

const styleNonces = new WeakMap<ServerResponse, string>()

/** The nonce of this response's CSP: index.html hands it to Mantine for the `<style>` elements it creates. */
export function styleNonceOf(reply: FastifyReply): string {
  return styleNonces.get(reply.raw) ?? ''
}

/**
 * The Content-Security-Policy. Scripts only from this origin: the build has no inline script and no
 * dependency evaluates strings. Styles from this origin, plus `<style>` elements that carry this response's
 * nonce: Mantine writes its theme variables and responsive props into `<style>` tags at run time (and the
 * modal's scroll lock adds one), and the page passes them the nonce. Style *attributes* are not allowed
 * either: React sets inline styles through the CSSOM (`element.style`), which CSP does not restrict.
 */
function cspDirectives(): Record<
  string,
  Array<string | ((req: IncomingMessage, res: ServerResponse) => string)>
> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", (_req, res) => `'nonce-${styleNonces.get(res) ?? ''}'`],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
}

/** Security headers on every answer; HSTS only where TLS ends here (or the operator says it ends in front). */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { hsts: boolean },
): Promise<void> {
  // Before helmet's own hook, so the CSP it writes can name this response's nonce.
  app.addHook('onRequest', async (_request, reply) => {
    styleNonces.set(reply.raw, randomBytes(16).toString('base64'))
  })
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives() },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  })
}

/** Paths that answer without the console's header: the health check is for load balancers and monitors. */
function exempt(request: FastifyRequest): boolean {
  return request.method === 'GET' && request.url.split('?')[0] === '/bff/health'
}

/**
 * CSRF defence for `/api` and `/bff`: the cookie is SameSite=Strict, and on top every call must carry
 * `X-SCV-Console: 1` (a custom header forces a CORS preflight, which this server never grants) and, when the
 * browser says where the request comes from, come from this origin.
 */
export function registerCsrfCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url
    if (!path.startsWith('/api/') && !path.startsWith('/bff/')) return
    if (exempt(request)) return
    const site = request.headers['sec-fetch-site']
    if (request.headers[CSRF_HEADER] !== CSRF_VALUE || (site !== undefined && site !== 'same-origin')) {
      return reply
        .code(403)
        .send(
          bffError(
            403,
            'Refused: the request did not come from the console (missing X-SCV-Console header).',
            { reason: 'csrf' },
          ),
        )
    }
  })
}
