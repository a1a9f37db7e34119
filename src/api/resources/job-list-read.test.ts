import { afterEach, describe, expect, it, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { ApiError } from '../errors'
import { onUnauthorized } from '../middleware'
import { endSession, startSession } from '../session'
import { readJobList } from './job-list-read'
import { FIRST_ROWS, jobStore } from './job-store'
import { ALL_JOBS } from './job-index'

const JOBS = '*/api/4.1/jobs'
const job = (id: number) => ({
  id,
  name: `Backup ${id}`,
  type: 'backup',
  status: 'SUCCESSFUL',
  startTime: new Date(Date.UTC(2026, 10, 1, 0, id)).toISOString(),
  endTime: new Date(Date.UTC(2026, 10, 1, 0, id + 1)).toISOString(),
})

afterEach(() => {
  onUnauthorized(null)
  endSession()
})

describe('reading the job list in the job index', () => {
  it('sends the request with the session token and answers the default view with the load', async () => {
    const tokens: Array<string | null> = []
    server.use(
      http.get(JOBS, ({ request }) => {
        tokens.push(request.headers.get('Token'))
        return HttpResponse.json({ statusCode: 200, response: { jobResponseList: [job(1), job(2)] } })
      }),
    )
    startSession('token-7', { username: 'u', signedInAt: Date.now() })
    const snapshot = await readJobList(undefined)
    expect(tokens).toEqual(['token-7'])
    expect(snapshot.summary.total).toBe(2)
    const first = jobStore().prepared(snapshot.version, ALL_JOBS)
    expect(first?.rows.map((row) => row.id)).toEqual([2, 1])
    expect(FIRST_ROWS).toBeGreaterThan(2)
  })

  it("judges a failed answer as the client does: the appliance's message, and a 401 goes to sign-in", async () => {
    server.use(
      http.get(JOBS, () =>
        HttpResponse.json(
          { statusCode: 500, statusMessage: 'Error', responseMessage: 'Job store offline.' },
          { status: 500 },
        ),
      ),
    )
    const failed = await readJobList(undefined).catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(ApiError)
    expect(failed).toMatchObject({ kind: 'server', status: 500, scvMessage: 'Job store offline.' })

    const unauthorized = vi.fn()
    onUnauthorized(unauthorized)
    server.use(
      http.get(JOBS, () =>
        HttpResponse.json({ statusCode: 401, responseMessage: 'Token expired.' }, { status: 401 }),
      ),
    )
    await expect(readJobList(undefined)).rejects.toMatchObject({ status: 401 })
    expect(unauthorized).toHaveBeenCalledTimes(1)
  })

  it('rejects when the request itself fails (no answer at all)', async () => {
    server.use(http.get(JOBS, () => HttpResponse.error()))
    await expect(readJobList(undefined)).rejects.toThrow()
  })
})
