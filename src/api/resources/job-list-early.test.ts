import { describe, expect, it } from 'vitest'
import { signInForTest } from '../../test/render-app'
import { clearRequestLog, getRequestLog } from '../../mocks/request-log'
import { readJobListEarly } from './job-list-early'
import { readJobListOrAdoptEarly } from './job-list-read'
import { endSession } from '../session'

const jobListReads = () =>
  getRequestLog().filter((entry) => entry.method === 'GET' && entry.path.endsWith('/4.1/jobs'))

describe('early job-list read', () => {
  it('is adopted by the list query: one request, and its answer indexed', async () => {
    await signInForTest()
    clearRequestLog()
    readJobListEarly()
    readJobListEarly()
    const snapshot = await readJobListOrAdoptEarly(undefined)
    expect(jobListReads()).toHaveLength(1)
    expect(snapshot.summary.total).toBeGreaterThan(0)
    // Taken once: the next read asks the appliance again.
    await readJobListOrAdoptEarly(undefined)
    expect(jobListReads()).toHaveLength(2)
  })

  it('does not start without a token', async () => {
    endSession()
    clearRequestLog()
    readJobListEarly()
    await readJobListOrAdoptEarly(undefined).catch(() => undefined)
    expect(jobListReads()).toHaveLength(1)
  })
})
