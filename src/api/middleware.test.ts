import { afterEach, describe, expect, it, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import { MutationObserver } from '@tanstack/react-query'
import { server } from '../mocks/node'
import { scvClient, $api } from './client'
import { ApiError } from './errors'
import { onUnauthorized } from './middleware'
import { endSession, startSession } from './session'
import { toApiError } from './to-api-error'
import { createQueryClient, shouldRetryQuery } from '../app/query-client'

const JOBS = '*/api/4.1/jobs'

function scvError(status: number, responseMessage: string | string[] = 'Something is wrong') {
  return HttpResponse.json({ statusCode: status, statusMessage: 'Error', responseMessage }, { status })
}

async function rejectionOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    return toApiError(error)
  }
  throw new Error('expected the call to fail')
}

afterEach(() => {
  onUnauthorized(null)
  endSession()
})

describe('token middleware', () => {
  it('sends the session token in the Token header, and none when signed out', async () => {
    const seen: (string | null)[] = []
    server.use(
      http.get(JOBS, ({ request }) => {
        seen.push(request.headers.get('Token'))
        return HttpResponse.json({ statusCode: 200, response: { jobResponseList: [] } })
      }),
    )
    await scvClient.GET('/4.1/jobs')
    startSession('token-123', { username: 'u', signedInAt: Date.now() })
    await scvClient.GET('/4.1/jobs')
    expect(seen).toEqual([null, 'token-123'])
  })
})

describe('error middleware', () => {
  it.each([
    [400, 'GET', 'validation'],
    [403, 'GET', 'forbidden'],
    [404, 'GET', 'validation'],
    [409, 'POST', 'validation'],
    [405, 'GET', 'not-supported'],
    [501, 'GET', 'not-supported'],
    [500, 'GET', 'server'],
    [503, 'GET', 'server'],
  ] as const)('turns %i on %s into kind %s with the appliance message', async (status, _method, kind) => {
    server.use(http.get(JOBS, () => scvError(status, ['First part.', 'Second part.'])))
    const error = await rejectionOf(scvClient.GET('/4.1/jobs'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.scvMessage).toBe('First part. Second part.')
    expect(error.path).toBe('/4.1/jobs')
  })

  it('treats a bare 404 (no SCV envelope) as "not offered by this appliance"', async () => {
    server.use(
      http.delete('*/api/4.1/policies/:id', () =>
        HttpResponse.json(
          { timestamp: '2026-11-27T10:00:00Z', status: 404, error: 'Not Found' },
          { status: 404 },
        ),
      ),
    )
    const error = await rejectionOf(scvClient.DELETE('/4.1/policies/{id}', { params: { path: { id: 1 } } }))
    expect(error.kind).toBe('not-supported')
  })

  it("treats a 404 with SCV's envelope as an unknown object, not a missing operation", async () => {
    server.use(
      http.post('*/api/4.1/vm/:moref/backups/:backupId/restore', () => scvError(404, 'Backup 99 not found')),
    )
    const error = await rejectionOf(
      scvClient.POST('/4.1/vm/{moref}/backups/{backupId}/restore', {
        params: { path: { moref: 'vm-1', backupId: 99 } },
        body: { restartVM: false, restoreLocations: [] },
      }),
    )
    expect(error.kind).toBe('validation')
    expect(error.scvMessage).toBe('Backup 99 not found')
  })

  it('calls the 401 hook for a call with an expired token', async () => {
    const hook = vi.fn()
    onUnauthorized(hook)
    server.use(http.get(JOBS, () => scvError(401, 'Session expired')))
    const error = await rejectionOf(scvClient.GET('/4.1/jobs'))
    expect(error.kind).toBe('unauthorized')
    expect(hook).toHaveBeenCalledTimes(1)
    expect(hook.mock.calls[0]?.[0]).toBe(error)
  })

  it('does not call the 401 hook for wrong credentials at login', async () => {
    const hook = vi.fn()
    onUnauthorized(hook)
    server.use(http.post('*/api/4.1/auth/login', () => scvError(401, 'Invalid credentials')))
    const error = await rejectionOf(
      scvClient.POST('/4.1/auth/login', { body: { username: 'a', password: 'b' } }),
    )
    expect(error.kind).toBe('unauthorized')
    expect(hook).not.toHaveBeenCalled()
  })

  it('reports an unreachable appliance as a network error', async () => {
    server.use(http.get(JOBS, () => HttpResponse.error()))
    const error = await rejectionOf(scvClient.GET('/4.1/jobs'))
    expect(error.kind).toBe('network')
    expect(error.status).toBe(0)
  })

  it('reports an unparsable body as malformed', async () => {
    server.use(
      http.get(
        JOBS,
        () => new HttpResponse('{"statusCode":200,', { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    const error = await rejectionOf(scvClient.GET('/4.1/jobs'))
    expect(error.kind).toBe('malformed')
  })

  it('falls back to statusMessage when there is no responseMessage', async () => {
    server.use(
      http.get(JOBS, () =>
        HttpResponse.json({ statusCode: 500, statusMessage: 'Internal' }, { status: 500 }),
      ),
    )
    const error = await rejectionOf(scvClient.GET('/4.1/jobs'))
    expect(error.scvMessage).toBe('Internal')
  })
})

describe('retries', () => {
  it('retries server and network trouble for reads, never 4xx', () => {
    const server500 = new ApiError({ kind: 'server', status: 500, method: 'GET', path: '/x' })
    const validation = new ApiError({ kind: 'validation', status: 400, method: 'GET', path: '/x' })
    const unauthorized = new ApiError({ kind: 'unauthorized', status: 401, method: 'GET', path: '/x' })
    expect(shouldRetryQuery(0, server500)).toBe(true)
    expect(shouldRetryQuery(2, server500)).toBe(false)
    expect(shouldRetryQuery(0, validation)).toBe(false)
    expect(shouldRetryQuery(0, unauthorized)).toBe(false)
  })

  it('sends a failing POST exactly once through the app query client', async () => {
    let calls = 0
    server.use(
      http.post('*/api/4.1/resource-groups/backupnow', () => {
        calls += 1
        return scvError(503, 'Busy')
      }),
    )
    const queryClient = createQueryClient()
    const observer = new MutationObserver(queryClient, {
      mutationFn: async () => {
        const { data } = await scvClient.POST('/4.1/resource-groups/backupnow', {
          body: { resourceGroupId: 1, policyId: 1 },
        })
        return data
      },
    })
    await expect(observer.mutate()).rejects.toBeInstanceOf(ApiError)
    expect(calls).toBe(1)
    expect($api.queryOptions('get', '/4.1/jobs').queryKey).toEqual(['get', '/4.1/jobs'])
  })
})
