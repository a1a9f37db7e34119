// @vitest-environment node
import { gunzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from './session-cookie.js'
import {
  FAKE_PASSWORD,
  FAKE_USER,
  startFakeAppliance,
  type FakeAppliance,
} from './test-support/fake-appliance.js'
import {
  applianceAt,
  CONSOLE_HEADERS,
  signIn,
  startTestServer,
  type TestServer,
} from './test-support/console-server.js'

let a: FakeAppliance
let b: FakeAppliance
let server: TestServer

beforeAll(async () => {
  a = await startFakeAppliance()
  b = await startFakeAppliance()
  server = await startTestServer({ appliances: [applianceAt('a', a.url), applianceAt('b', b.url)] })
})
afterEach(() => {
  server.sessions.clear()
  for (const appliance of [a, b]) {
    appliance.seen.length = 0
    appliance.expireTokens()
  }
})
afterAll(async () => {
  await server.app.close()
  await Promise.all([a.close(), b.close()])
})

const allTokens = () => [...a.tokens, ...b.tokens]

describe('sign-in', () => {
  it('signs in to every appliance and gives the browser only an opaque __Host- cookie', async () => {
    const { response, cookie } = await signIn(server)
    expect(response.statusCode).toBe(200)
    const body = response.json<{ results: unknown[]; appliances: Record<string, { username: string }> }>()
    expect(body.results).toEqual([
      { appliance: 'a', ok: true },
      { appliance: 'b', ok: true },
    ])
    expect(Object.keys(body.appliances)).toEqual(['a', 'b'])
    expect(body.appliances.a?.username).toBe(FAKE_USER)

    const setCookie = String(response.headers['set-cookie'])
    expect(setCookie).toMatch(
      new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; Secure; SameSite=Strict$`),
    )
    // The appliances' tokens and the password appear nowhere in what the browser receives.
    expect(allTokens()).toHaveLength(2)
    for (const secret of [...allTokens(), FAKE_PASSWORD]) {
      expect(response.body).not.toContain(secret)
      expect(JSON.stringify(response.headers)).not.toContain(secret)
    }
    expect(cookie).not.toContain(allTokens()[0])
    // The password went to each appliance once, in the login body.
    expect(a.seen.map((r) => r.url)).toEqual(['/api/4.1/auth/login'])
    expect(JSON.parse(a.seen[0]?.body ?? '{}')).toEqual({ username: FAKE_USER, password: FAKE_PASSWORD })
  })

  it('refuses wrong credentials with the appliance message and sets no cookie', async () => {
    const { response } = await signIn(server, ['a'], 'wrong')
    expect(response.statusCode).toBe(401)
    expect(response.headers['set-cookie']).toBeUndefined()
    expect(response.json()).toMatchObject({
      results: [
        { appliance: 'a', ok: false, reason: 'rejected', status: 401, message: 'Authentication failed' },
      ],
      appliances: {},
    })
    expect(server.sessions.size).toBe(0)
  })

  it('signs in to the chosen appliance only, and adds another to the same session later', async () => {
    const first = await signIn(server, ['a'])
    expect(Object.keys(first.response.json<{ appliances: object }>().appliances)).toEqual(['a'])
    const second = await server.app.inject({
      method: 'POST',
      url: '/bff/session',
      headers: { ...CONSOLE_HEADERS, cookie: first.cookie },
      payload: { username: FAKE_USER, password: FAKE_PASSWORD, appliances: ['b'] },
    })
    expect(Object.keys(second.json<{ appliances: object }>().appliances)).toEqual(['a', 'b'])
    expect(server.sessions.size).toBe(1)
  })

  it('rejects an unknown appliance before calling any', async () => {
    const { response } = await signIn(server, ['nope'])
    expect(response.statusCode).toBe(400)
    expect(a.seen).toEqual([])
  })

  it('reports the session without tokens, and sign-out drops every appliance', async () => {
    const { cookie } = await signIn(server)
    const view = await server.app.inject({ url: '/bff/session', headers: { ...CONSOLE_HEADERS, cookie } })
    expect(Object.keys(view.json<{ appliances: object }>().appliances)).toEqual(['a', 'b'])
    for (const token of allTokens()) expect(view.body).not.toContain(token)

    const out = await server.app.inject({
      method: 'DELETE',
      url: '/bff/session',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(String(out.headers['set-cookie'])).toMatch(
      new RegExp(`^${SESSION_COOKIE}=; Max-Age=0; Path=/; .*HttpOnly; Secure; SameSite=Strict$`),
    )
    const after = await server.app.inject({
      url: '/api/scv/b/4.1/echo',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(after.statusCode).toBe(401)
    expect(b.seen.filter((r) => r.url === '/api/4.1/echo')).toEqual([])
  })
})

describe('CSRF defence', () => {
  it('refuses /bff and /api calls without the console header, before any appliance sees them', async () => {
    const { cookie } = await signIn(server)
    a.seen.length = 0
    for (const [method, url] of [
      ['GET', '/bff/appliances'],
      ['POST', '/bff/session'],
      ['DELETE', '/bff/session'],
      ['POST', '/api/scv/a/4.1/echo'],
      ['GET', '/api/scv/a/4.1/echo'],
    ] as const) {
      const response = await server.app.inject({
        method,
        url,
        headers: { cookie },
        payload: method === 'POST' ? {} : undefined,
      })
      expect(response.statusCode, `${method} ${url}`).toBe(403)
      expect(response.json()).toMatchObject({ scvConsole: { reason: 'csrf' } })
    }
    expect(a.seen).toEqual([])
    // The session survived the forged DELETE.
    expect(server.sessions.size).toBe(1)
  })

  it('refuses a cross-site request even when it carries the header', async () => {
    const { cookie } = await signIn(server)
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/scv/a/4.1/echo',
      headers: { ...CONSOLE_HEADERS, cookie, 'sec-fetch-site': 'same-site' },
      payload: {},
    })
    expect(response.statusCode).toBe(403)
  })
})

describe('proxy', () => {
  it('adds the session token upstream, forwards the body, and returns neither the token nor appliance cookies', async () => {
    const { cookie } = await signIn(server)
    a.seen.length = 0
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/scv/a/4.1/echo?x=1',
      headers: { ...CONSOLE_HEADERS, cookie, token: 'forged-by-page', 'content-type': 'application/json' },
      payload: { name: 'RG_NFS_Prod' },
    })
    expect(response.statusCode).toBe(200)
    const [upstream] = a.seen
    expect(upstream?.url).toBe('/api/4.1/echo?x=1')
    expect(upstream?.body).toBe('{"name":"RG_NFS_Prod"}')
    expect(upstream?.headers.token).toBe([...a.tokens][0])
    expect(upstream?.headers.cookie).toBeUndefined()
    expect(upstream?.headers['x-scv-console']).toBeUndefined()
    expect(response.headers['set-cookie']).toBeUndefined()
    expect(response.headers['x-powered-by']).toBeUndefined()
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    for (const token of allTokens()) {
      expect(response.body).not.toContain(token)
      expect(JSON.stringify(response.headers)).not.toContain(token)
    }
  })

  it('answers 401 signed-out without calling an appliance the session has no token for', async () => {
    const { cookie } = await signIn(server, ['a'])
    const response = await server.app.inject({
      url: '/api/scv/b/4.1/echo',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(response.statusCode).toBe(401)
    expect(response.json()).toMatchObject({ scvConsole: { appliance: 'b', reason: 'signed-out' } })
    expect(b.seen.filter((r) => r.url !== '/api/4.1/auth/login')).toEqual([])
  })

  it("ends only that appliance's session on its 401", async () => {
    const { cookie } = await signIn(server)
    a.expireTokens()
    const expired = await server.app.inject({
      url: '/api/scv/a/4.1/echo',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(expired.statusCode).toBe(401)
    expect(expired.json()).toMatchObject({
      responseMessage: 'Your session on Appliance A has ended. Sign in to it again.',
      scvConsole: { appliance: 'a', reason: 'expired' },
    })
    const view = await server.app.inject({ url: '/bff/session', headers: { ...CONSOLE_HEADERS, cookie } })
    expect(Object.keys(view.json<{ appliances: object }>().appliances)).toEqual(['b'])
    const other = await server.app.inject({
      url: '/api/scv/b/4.1/echo',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(other.statusCode).toBe(200)
  })

  it('never proxies the login (its answer is a token) nor paths outside the appliance API', async () => {
    const { cookie } = await signIn(server)
    a.seen.length = 0
    for (const url of [
      '/api/scv/a/4.1/auth/login',
      '/api/scv/a/4.1/AUTH/login/',
      '/api/scv/a/4.1/x/../auth/login',
      '/api/scv/a/../../secret',
    ]) {
      const response = await server.app.inject({
        method: 'POST',
        url,
        headers: { ...CONSOLE_HEADERS, cookie },
        payload: {},
      })
      expect(response.statusCode, url).toBe(404)
    }
    expect(a.seen).toEqual([])
  })

  it('streams a large answer compressed', async () => {
    const { cookie } = await signIn(server)
    const response = await server.app.inject({
      url: '/api/scv/a/4.1/big',
      headers: { ...CONSOLE_HEADERS, cookie, 'accept-encoding': 'gzip' },
    })
    expect(response.headers['content-encoding']).toBe('gzip')
    const text = gunzipSync(response.rawPayload).toString('utf8')
    const parsed = JSON.parse(text) as { response: { jobResponseList: unknown[] } }
    expect(parsed.response.jobResponseList).toHaveLength(20_000)
    expect(response.rawPayload.length).toBeLessThan(text.length / 5)
  })

  it('passes an appliance 5xx through untouched, without retrying it', async () => {
    const { cookie } = await signIn(server)
    a.seen.length = 0
    const response = await server.app.inject({
      url: '/api/scv/a/4.1/unavailable',
      headers: { ...CONSOLE_HEADERS, cookie },
    })
    expect(response.statusCode).toBe(503)
    expect(response.json()).toMatchObject({ responseMessage: 'restarting' })
    expect(a.seen).toHaveLength(1)
  })

  it('answers 404 in the SCV envelope for an appliance that is not in the registry', async () => {
    const response = await server.app.inject({ url: '/api/scv/zzz/4.1/jobs', headers: CONSOLE_HEADERS })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ statusCode: 404, scvConsole: { reason: 'not-found' } })
  })
})

describe('registry and log', () => {
  it('serves the appliance list without base URLs or trust settings', async () => {
    const response = await server.app.inject({ url: '/bff/appliances', headers: CONSOLE_HEADERS })
    const port = (url: string) => new URL(url).port
    expect(response.json()).toEqual({
      appliances: [
        { id: 'a', label: 'Appliance A', host: `127.0.0.1:${port(a.url)}` },
        { id: 'b', label: 'Appliance B', host: `127.0.0.1:${port(b.url)}` },
      ],
    })
  })

  it('logs one line per request with no token, cookie or password in it', async () => {
    const { cookie } = await signIn(server)
    await server.app.inject({ url: '/api/scv/a/4.1/echo', headers: { ...CONSOLE_HEADERS, cookie } })
    const log = server.log()
    expect(log).toContain('"url":"/api/scv/a/4.1/echo"')
    expect(log).toContain('"appliance":"a"')
    expect(log).toContain('"msg":"sign-in"')
    for (const secret of [...allTokens(), FAKE_PASSWORD, cookie.split('=')[1] ?? 'missing'])
      expect(log).not.toContain(secret)
  })
})
