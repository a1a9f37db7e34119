import { focusManager } from '@tanstack/react-query'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { scvClient } from '../api'
import { STUCK_RECHECK_MS } from '../api/resources'
import { clearRequestLog, getRequestLog, setScenario } from '../mocks'
import { renderApp, signInForTest } from '../test/render-app'

/**
 * A console left open all day must not download the job list (38 MB at 100,000 jobs) every few seconds for a
 * job that is only stuck. The seed keeps RG_Web_Tier's backup job RUNNING for days: a group page and a job
 * page are left open on it for ten minutes of fake time, and the requests they send are counted from the
 * simulator's request log. (Before the one polling rule: 201 job lists + 201 group lists from the group
 * page, 303 reads of the job from the job page, in the same ten minutes.)
 */
const WINDOW_MS = 10 * 60_000
const RECHECKS = WINDOW_MS / STUCK_RECHECK_MS
const LOADED = { timeout: 10_000 }

function count(path: string): number {
  return getRequestLog().filter((entry) => entry.method === 'GET' && entry.path === path).length
}

async function runningJobOf(groupId: number): Promise<number> {
  await signInForTest()
  const { data } = await scvClient.GET('/4.1/jobs')
  const job = data?.response.jobResponseList.find(
    (j) => j.status === 'RUNNING' && j.resourceGroupId === groupId,
  )
  if (!job) throw new Error(`No running job of group ${groupId}`)
  return job.id
}

/** Fake time (timers and Date) that still moves with real time, so the simulator and React keep working. */
function useFakeTime() {
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
}

/** Lets fake time pass in steps, so every refetch a timer starts is answered before the next step. */
async function leaveOpen(ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += 10_000) await vi.advanceTimersByTimeAsync(10_000)
}

describe('pages left open on a stuck job', () => {
  afterEach(() => {
    vi.useRealTimers()
    focusManager.setFocused(undefined)
  })

  it('a group page whose only running job is stuck re-checks every few minutes, says so, and checks on demand', async () => {
    useFakeTime()
    await renderApp('/resource-groups/2')
    await screen.findByRole('heading', { level: 1, name: 'RG_Web_Tier' }, LOADED)
    const jobs = screen.getByRole('region', { name: 'Recent jobs' })
    await within(jobs).findAllByRole('link', { name: /Open job \d+/ }, LOADED)
    expect(await within(jobs).findByText(/looks stuck .* checked again every 5 min/)).toBeInTheDocument()

    clearRequestLog()
    await leaveOpen(WINDOW_MS)
    const requests = { jobs: count('/api/4.1/jobs'), groups: count('/api/4.1/resource-groups') }
    console.info(`group page left open ${WINDOW_MS / 60_000} min: ${JSON.stringify(requests)}`)
    // At most one re-check per interval and path (the header's indicator shares the job list's cache entry).
    expect(requests.jobs).toBeGreaterThan(0)
    expect(requests.jobs).toBeLessThanOrEqual(RECHECKS)
    expect(requests.groups).toBeLessThanOrEqual(RECHECKS)

    clearRequestLog()
    fireEvent.click(within(jobs).getByRole('button', { name: 'Check now' }))
    await waitFor(() => expect(count('/api/4.1/jobs')).toBe(1))
    await waitFor(() => expect(count('/api/4.1/resource-groups')).toBe(1))
  }, 60_000)

  it('a stuck job’s page re-checks every few minutes, says so, and checks on demand', async () => {
    const id = await runningJobOf(2)
    useFakeTime()
    await renderApp(`/jobs/${id}`)
    await screen.findByRole('heading', { level: 1, name: `Job ${id}` }, LOADED)
    const progress = await screen.findByRole('region', { name: 'Progress' }, LOADED)
    expect(await within(progress).findByText(/looks stuck .* checked again every 5 min/)).toBeInTheDocument()

    clearRequestLog()
    await leaveOpen(WINDOW_MS)
    const requests = { job: count(`/api/4.1/jobs/${id}`), jobs: count('/api/4.1/jobs') }
    console.info(`job page left open ${WINDOW_MS / 60_000} min: ${JSON.stringify(requests)}`)
    expect(requests.job).toBeGreaterThan(0)
    expect(requests.job).toBeLessThanOrEqual(RECHECKS)
    expect(requests.jobs).toBeLessThanOrEqual(RECHECKS)

    clearRequestLog()
    fireEvent.click(within(progress).getByRole('button', { name: 'Check now' }))
    await waitFor(() => expect(count(`/api/4.1/jobs/${id}`)).toBe(1))
  }, 60_000)

  it('a job that progresses is followed every few seconds, and not at all while the tab is hidden', async () => {
    // A backup that takes an hour: far from stuck (backups usually take minutes, the floor is 30 min × 5).
    setScenario('fastJobs', { ms: 60 * 60_000 })
    await signInForTest()
    await scvClient.POST('/4.1/resource-groups/backupnow', { body: { resourceGroupId: 1, policyId: 1 } })
    const id = await runningJobOf(1)
    useFakeTime()
    await renderApp(`/jobs/${id}`)
    await screen.findByRole('region', { name: 'Progress' }, LOADED)

    clearRequestLog()
    await leaveOpen(60_000)
    expect(count(`/api/4.1/jobs/${id}`)).toBeGreaterThanOrEqual(20)

    focusManager.setFocused(false)
    await vi.advanceTimersByTimeAsync(5_000)
    clearRequestLog()
    await leaveOpen(60_000)
    expect(count(`/api/4.1/jobs/${id}`)).toBe(0)
    expect(count('/api/4.1/jobs')).toBe(0)
  }, 60_000)
})
