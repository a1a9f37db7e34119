import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'

/** Test-only TLS material: a CA (its key was discarded) and a certificate for 127.0.0.1 it signed. */
export const TEST_TLS = {
  caFile: new URL('./tls/ca.pem', import.meta.url).pathname,
  cert: readFileSync(new URL('./tls/appliance.pem', import.meta.url)),
  key: readFileSync(new URL('./tls/appliance.key', import.meta.url)),
}

export const FAKE_USER = 'administrator@vsphere.local'
export const FAKE_PASSWORD = 'correct horse'

export interface SeenRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

/**
 * A stand-in for one SCV appliance, small enough to see exactly what the console server sends it: login
 * issues tokens, every other `/api` call needs a live one, and each request is recorded.
 */
export interface FakeAppliance {
  url: string
  seen: SeenRequest[]
  tokens: Set<string>
  /** Makes every token issued so far invalid (the appliance's 120-minute expiry). */
  expireTokens(): void
  close(): Promise<void>
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeAppliance(options: { tls?: boolean } = {}): Promise<FakeAppliance> {
  const seen: SeenRequest[] = []
  const tokens = new Set<string>()
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req)
    const url = req.url ?? '/'
    seen.push({ method: req.method ?? '', url, headers: req.headers, body })
    if (url === '/api/4.1/auth/login' && req.method === 'POST') {
      const credentials = JSON.parse(body || '{}') as { username?: string; password?: string }
      if (credentials.username !== FAKE_USER || credentials.password !== FAKE_PASSWORD)
        return json(res, 401, {
          statusCode: 401,
          statusMessage: 'Unauthorized',
          responseMessage: 'Authentication failed',
        })
      const token = randomUUID()
      tokens.add(token)
      return json(res, 200, {
        statusCode: 200,
        statusMessage: 'OK',
        responseMessage: 'Login successful',
        response: { token },
      })
    }
    const token = req.headers.token
    if (typeof token !== 'string' || !tokens.has(token))
      return json(res, 401, {
        statusCode: 401,
        statusMessage: 'Unauthorized',
        responseMessage: 'Token has expired',
      })
    if (url.startsWith('/api/4.1/echo'))
      // Headers that should never leave the appliance: the proxy must drop them.
      return json(
        res,
        200,
        { response: { method: req.method, url, body } },
        { 'set-cookie': 'JSESSIONID=appliance', 'x-powered-by': 'Tomcat' },
      )
    if (url.startsWith('/api/4.1/big')) {
      res.writeHead(200, { 'content-type': 'application/json' })
      // Written in pieces, as a big answer arrives: the proxy must stream it, not wait for the end.
      res.write('{"response":{"jobResponseList":[')
      for (let piece = 0; piece < 20; piece += 1) {
        const jobs = Array.from({ length: 1_000 }, (_, i) => piece * 1_000 + i)
        res.write(
          `${piece ? ',' : ''}${jobs.map((id) => `{"id":${id},"name":"Backup job ${id}","status":"SUCCESSFUL"}`).join(',')}`,
        )
      }
      return res.end(']}}')
    }
    if (url.startsWith('/api/4.1/slow')) return setTimeout(() => json(res, 200, { response: {} }), 2_000)
    if (url.startsWith('/api/4.1/unavailable'))
      return json(res, 503, {
        statusCode: 503,
        statusMessage: 'Service Unavailable',
        responseMessage: 'restarting',
      })
    return json(res, 404, { statusCode: 404, statusMessage: 'Not Found', responseMessage: `No ${url}` })
  }
  const listener = (req: IncomingMessage, res: ServerResponse) => void handler(req, res)
  const server: Server = options.tls
    ? (createHttpsServer({ cert: TEST_TLS.cert, key: TEST_TLS.key }, listener) as unknown as Server)
    : createHttpServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    tokens,
    expireTokens: () => tokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
