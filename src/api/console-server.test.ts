import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import { server } from '../mocks/node'
import { QueryClient } from '@tanstack/react-query'
import { $api, scvClient } from './client'
import { applianceQueries } from './appliance-queries'
import {
  getAppliancesSnapshot,
  loadConsoleServer,
  resetConsoleServerState,
  selectAppliance,
  signInToAppliances,
} from './console-server'
import { ApiError } from './errors'
import { onUnauthorized } from './middleware'
import { endApplianceSession, getSessionInfo, getToken } from './session'

const APPLIANCES = [
  { id: 'east', label: 'East', host: 'scv-east:8144' },
  { id: 'west', label: 'West', host: 'scv-west:8144' },
]
const SIGNED_IN = { username: 'administrator@vsphere.local', signedInAt: 1_700_000_000_000 }

function bffError(status: number, reason: string, appliance: string, message: string) {
  return HttpResponse.json(
    {
      statusCode: status,
      statusMessage: 'Error',
      responseMessage: message,
      scvConsole: { reason, appliance },
    },
    { status },
  )
}

let marker: HTMLMetaElement
const seen: Array<{ url: string; console: string | null; token: string | null }> = []

beforeEach(async () => {
  marker = document.createElement('meta')
  marker.name = 'scv-console'
  marker.content = 'server'
  document.head.append(marker)
  seen.length = 0
  server.use(
    http.get('*/bff/appliances', () => HttpResponse.json({ appliances: APPLIANCES })),
    http.get('*/bff/session', () => HttpResponse.json({ appliances: { east: SIGNED_IN, west: SIGNED_IN } })),
    http.get('*/api/scv/:appliance/4.1/jobs', ({ request }) => {
      seen.push({
        url: new URL(request.url).pathname,
        console: request.headers.get('X-SCV-Console'),
        token: request.headers.get('Token'),
      })
      return HttpResponse.json({ statusCode: 200, response: { jobResponseList: [] } })
    }),
  )
  await loadConsoleServer()
})

afterEach(() => {
  marker.remove()
  onUnauthorized(null)
  resetConsoleServerState()
})

describe('the console under its production server', () => {
  it('loads the registry and the sign-ins, and shows the first appliance until the user picks another', async () => {
    expect(getAppliancesSnapshot().appliances).toEqual(APPLIANCES)
    expect(getAppliancesSnapshot().current?.id).toBe('east')
    expect(getSessionInfo()).toEqual({ appliance: 'east', ...SIGNED_IN })
    selectAppliance('west')
    await loadConsoleServer()
    expect(getAppliancesSnapshot().current?.id).toBe('west')
  })

  it('sends calls to the shown appliance through the server, with its header and never a token', async () => {
    sessionStorage.setItem('scv.token', 'left-over-from-the-dev-server')
    expect(getToken()).toBeNull()
    await scvClient.GET('/4.1/jobs')
    selectAppliance('west')
    await scvClient.GET('/4.1/jobs')
    expect(seen).toEqual([
      { url: '/api/scv/east/4.1/jobs', console: '1', token: null },
      { url: '/api/scv/west/4.1/jobs', console: '1', token: null },
    ])
  })

  it('keeps each appliance in its own cache entries, and a read goes to the appliance of its key', async () => {
    const queryClient = new QueryClient()
    const east = $api.queryOptions('get', '/4.1/jobs')
    selectAppliance('west')
    const west = $api.queryOptions('get', '/4.1/jobs')
    expect(east.queryKey).not.toEqual(west.queryKey)
    // Fetched after the switch, the east entry still asks east.
    await queryClient.fetchQuery(east)
    await queryClient.fetchQuery(west)
    expect(seen.map((r) => r.url)).toEqual(['/api/scv/east/4.1/jobs', '/api/scv/west/4.1/jobs'])
    queryClient.removeQueries(applianceQueries('west'))
    expect(queryClient.getQueryData(east.queryKey)).toBeDefined()
    expect(queryClient.getQueryData(west.queryKey)).toBeUndefined()
  })

  it("reports an appliance's 401 as that appliance's, and ends only its session", async () => {
    server.use(
      http.get('*/api/scv/west/4.1/jobs', () => bffError(401, 'expired', 'west', 'Session on West ended.')),
    )
    const handler = vi.fn()
    onUnauthorized(handler)
    selectAppliance('west')
    const error = (await scvClient.GET('/4.1/jobs').catch((e: unknown) => e)) as ApiError
    expect(error).toMatchObject({ kind: 'unauthorized', appliance: 'west', status: 401 })
    expect(handler).toHaveBeenCalledWith(error)
    endApplianceSession('west')
    expect(getSessionInfo()).toBeNull()
    expect(Object.keys(getAppliancesSnapshot().signIns)).toEqual(['east'])
  })

  it('treats an appliance the server cannot reach as a network failure that names it', async () => {
    server.use(
      http.get('*/api/scv/east/4.1/jobs', () =>
        bffError(502, 'unreachable', 'east', 'East could not be reached: connection refused.'),
      ),
    )
    const error = (await scvClient.GET('/4.1/jobs').catch((e: unknown) => e)) as ApiError
    expect(error).toMatchObject({
      kind: 'network',
      appliance: 'east',
      scvMessage: 'East could not be reached: connection refused.',
    })
  })

  it('signs in through the server and keeps what it reports, per appliance', async () => {
    let body: unknown
    server.use(
      http.post('*/bff/session', async ({ request }) => {
        body = await request.json()
        return HttpResponse.json({
          results: [
            { appliance: 'east', ok: true },
            { appliance: 'west', ok: false, reason: 'unreachable', status: 0, message: 'connection refused' },
          ],
          appliances: { east: SIGNED_IN },
        })
      }),
    )
    const results = await signInToAppliances('administrator@vsphere.local', 'secret', ['east', 'west'])
    expect(body).toEqual({
      username: 'administrator@vsphere.local',
      password: 'secret',
      appliances: ['east', 'west'],
    })
    expect(results.map((r) => r.ok)).toEqual([true, false])
    expect(Object.keys(getAppliancesSnapshot().signIns)).toEqual(['east'])
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain('secret')
  })
})
