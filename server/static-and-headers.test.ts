// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMMUTABLE } from './spa.js'
import {
  applianceAt,
  CONSOLE_HEADERS,
  startTestServer,
  type TestServer,
} from './test-support/console-server.js'
import { startFakeAppliance, type FakeAppliance } from './test-support/fake-appliance.js'

let appliance: FakeAppliance
let server: TestServer

beforeAll(async () => {
  appliance = await startFakeAppliance()
  server = await startTestServer({ appliances: [applianceAt('a', appliance.url)] })
})
afterAll(async () => {
  await server.app.close()
  await appliance.close()
})

const nonceIn = (html: string) => /<meta property="csp-nonce" nonce="([^"]+)"/.exec(html)?.[1]

describe('the built console', () => {
  it('answers every app route with index.html, marked as served here, with a fresh style nonce in its CSP', async () => {
    const first = await server.app.inject({ url: '/resource-groups/12/edit?step=2' })
    const second = await server.app.inject({ url: '/' })
    for (const response of [first, second]) {
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(response.headers['cache-control']).toBe('no-cache, no-store')
      expect(response.headers.etag).toBeUndefined()
      expect(response.body).toContain('<meta name="scv-console" content="server" />')
      const nonce = nonceIn(response.body)
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      expect(response.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}'`)
    }
    expect(nonceIn(first.body)).not.toBe(nonceIn(second.body))
  })

  it('caches hashed assets for a year and revalidates everything else', async () => {
    const asset = await server.app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['cache-control']).toBe(IMMUTABLE)
    expect(asset.headers['content-encoding']).toBe('gzip')
    const icon = await server.app.inject({ url: '/favicon.svg' })
    expect(icon.headers['cache-control']).toBe('no-cache')
  })

  it('does not serve the simulator worker, and a missing asset is a 404 rather than the page', async () => {
    expect((await server.app.inject({ url: '/mockServiceWorker.js' })).statusCode).toBe(404)
    const missing = await server.app.inject({ url: '/assets/index-Gone99.js' })
    expect(missing.statusCode).toBe(404)
    expect(missing.body).not.toContain('<html')
    const api = await server.app.inject({ url: '/bff/nothing', headers: CONSOLE_HEADERS })
    expect(api.statusCode).toBe(404)
    expect(api.json()).toMatchObject({ statusCode: 404 })
  })
})

describe('security headers', () => {
  it('sends the strict CSP and the other headers on every answer, and no HSTS over plain HTTP', async () => {
    const response = await server.app.inject({ url: '/jobs' })
    const csp = response.headers['content-security-policy'] as string
    const directives = Object.fromEntries(
      csp.split(';').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    )
    expect(directives['script-src']).toBe("'self'")
    expect(directives['connect-src']).toBe("'self'")
    expect(directives['frame-ancestors']).toBe("'none'")
    expect(directives['base-uri']).toBe("'none'")
    expect(directives['object-src']).toBe("'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('sends HSTS when TLS ends at this server (or the operator says it ends in front)', async () => {
    const tlsServer = await startTestServer({ appliances: [applianceAt('a', appliance.url)], hsts: true })
    const response = await tlsServer.app.inject({ url: '/' })
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000')
    await tlsServer.app.close()
  })
})
