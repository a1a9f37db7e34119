import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { buildServer, type ConsoleServer, type ServerOptions } from '../app.js'
import type { Appliance, TlsTrust } from '../registry.js'
import { CSRF_HEADER, CSRF_VALUE } from '../security.js'
import { SESSION_COOKIE } from '../session-cookie.js'
import { FAKE_PASSWORD, FAKE_USER } from './fake-appliance.js'

/** A minimal build: index.html, one hashed asset, and the MSW worker every Vite build copies. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scv-console-dist-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>SCV Console</title><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>',
  )
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), `console.log(${JSON.stringify('x'.repeat(4096))})`)
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(dir, 'mockServiceWorker.js'), '/* simulator only */')
  return dir
}

export function applianceAt(
  id: string,
  baseUrl: string,
  tls: TlsTrust = { kind: 'none' },
  timeoutMs = 60_000,
): Appliance {
  return { id, label: `Appliance ${id.toUpperCase()}`, baseUrl, tls, timeoutMs }
}

export interface TestServer extends ConsoleServer {
  /** Every log line the server wrote, as text. */
  log: () => string
}

export async function startTestServer(
  options: Partial<ServerOptions> & Pick<ServerOptions, 'appliances'>,
): Promise<TestServer> {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  const server = await buildServer({ distDir: fakeDist(), logger: { level: 'info', stream }, ...options })
  await server.app.ready()
  return { ...server, log: () => lines.join('') }
}

export const CONSOLE_HEADERS = { [CSRF_HEADER]: CSRF_VALUE }

/** Signs in through `/bff/session` and returns the cookie header value for later calls. */
export async function signIn(server: ConsoleServer, appliances?: string[], password = FAKE_PASSWORD) {
  const response = await server.app.inject({
    method: 'POST',
    url: '/bff/session',
    headers: CONSOLE_HEADERS,
    payload: { username: FAKE_USER, password, ...(appliances ? { appliances } : {}) },
  })
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)
  return { response, cookie: cookie ? `${SESSION_COOKIE}=${cookie.value}` : '' }
}
