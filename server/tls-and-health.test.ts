// @vitest-environment node
import { request } from 'node:https'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TlsTrust } from './registry.js'
import { applianceAt, CONSOLE_HEADERS, signIn, startTestServer } from './test-support/console-server.js'
import { startFakeAppliance, TEST_TLS, type FakeAppliance } from './test-support/fake-appliance.js'

let secure: FakeAppliance
let plain: FakeAppliance

beforeAll(async () => {
  secure = await startFakeAppliance({ tls: true })
  plain = await startFakeAppliance()
})
afterAll(async () => {
  await Promise.all([secure.close(), plain.close()])
})

async function signInWith(tls: TlsTrust) {
  const server = await startTestServer({ appliances: [applianceAt('s', secure.url, tls)] })
  const { response } = await signIn(server)
  await server.app.close()
  return response.json<{ results: Array<{ ok: boolean; message?: string }> }>().results[0]
}

describe('per-appliance TLS trust', () => {
  it('trusts a self-signed appliance through the CA file given for it', async () => {
    const ca = readFileSync(TEST_TLS.caFile, 'utf8')
    expect(await signInWith({ kind: 'ca', caFile: TEST_TLS.caFile, ca })).toEqual({
      appliance: 's',
      ok: true,
    })
  })

  it('refuses the same appliance under the system CAs, and says to set caFile', async () => {
    expect(await signInWith({ kind: 'system' })).toMatchObject({
      ok: false,
      reason: 'unreachable',
      message: expect.stringMatching(/^certificate not trusted \(.+\): set caFile for this appliance$/),
    })
  })

  it('accepts it without verification only on the explicit opt-out', async () => {
    expect(await signInWith({ kind: 'insecure' })).toEqual({ appliance: 's', ok: true })
  })

  it("keeps one appliance's opt-out from weakening another's check", async () => {
    const server = await startTestServer({
      appliances: [
        applianceAt('lab', secure.url, { kind: 'insecure' }),
        applianceAt('prod', secure.url, { kind: 'system' }),
      ],
    })
    const { response } = await signIn(server)
    expect(
      response
        .json<{ results: Array<{ appliance: string; ok: boolean }> }>()
        .results.map((r) => [r.appliance, r.ok]),
    ).toEqual([
      ['lab', true],
      ['prod', false],
    ])
    await server.app.close()
  })
})

describe('TLS at this server', () => {
  it('serves HTTPS with HSTS when given a certificate and key', async () => {
    const server = await startTestServer({
      appliances: [applianceAt('p', plain.url)],
      tls: { cert: TEST_TLS.cert, key: TEST_TLS.key },
    })
    await server.app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = server.app.server.address() as AddressInfo
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/', ca: readFileSync(TEST_TLS.caFile) }, (res) => {
        res.resume()
        resolve(res.headers)
      })
        .on('error', reject)
        .end()
    })
    expect(headers['strict-transport-security']).toBe('max-age=31536000')
    expect(headers['content-security-policy']).toContain("script-src 'self'")
    await server.app.close()
  })
})

describe('health and failures', () => {
  it("reports each appliance's reachability without the console header or a session", async () => {
    const server = await startTestServer({
      appliances: [applianceAt('up', plain.url), applianceAt('gone', 'http://127.0.0.1:9')],
    })
    const response = await server.app.inject({ url: '/bff/health' })
    expect(response.statusCode).toBe(200)
    const body = response.json<{ status: string; appliances: Array<Record<string, unknown>> }>()
    expect(body.status).toBe('degraded')
    expect(body.appliances).toEqual([
      expect.objectContaining({ id: 'up', state: 'up', status: 401 }),
      expect.objectContaining({
        id: 'gone',
        state: 'down',
        error: 'connection refused (is the appliance running?)',
      }),
    ])
    await server.app.close()
  })

  it('names the appliance that cannot be reached, and the one that is too slow', async () => {
    const server = await startTestServer({
      appliances: [applianceAt('p', plain.url, { kind: 'none' }, 300)],
    })
    const { cookie } = await signIn(server)
    const slow = await server.app.inject({
      url: '/api/scv/p/4.1/slow',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(slow.statusCode).toBe(504)
    expect(slow.json()).toMatchObject({
      responseMessage: 'Appliance P could not be reached: did not answer in time.',
      scvConsole: { appliance: 'p', reason: 'timeout' },
    })
    await plain.close()
    const down = await server.app.inject({
      url: '/api/scv/p/4.1/echo',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(down.statusCode).toBe(502)
    expect(down.json()).toMatchObject({
      responseMessage: 'Appliance P could not be reached: connection refused (is the appliance running?).',
      scvConsole: { appliance: 'p', reason: 'unreachable' },
    })
    await server.app.close()
  })
})
