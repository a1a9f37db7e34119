import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { setScenario } from '../../../mocks'
import { getToken } from '../../../api'
import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { failedJobIdWhere, finishedBackupJobId, requestCount, SLOW, stuckJobId } from '../test/helpers'

describe('Job detail', () => {
  let saved: Array<{ name: string; blob: Blob }> = []
  beforeEach(() => {
    saved = []
    let blob: Blob | null = null
    // jsdom has no object URLs and does not download: record what would be saved instead.
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: vi.fn((value: Blob) => {
        blob = value
        return 'blob:job-logs'
      }),
    })
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) saved.push({ name: this.download, blob })
    })
  })
  afterEach(() => vi.restoreAllMocks())

  it('shows the fields, phases and related resource group of a finished job', async () => {
    const id = await finishedBackupJobId()
    await renderApp(`/jobs/${id}`)
    expect(await screen.findByRole('heading', { level: 1, name: `Job ${id}` })).toBeInTheDocument()
    const details = await screen.findByRole('region', { name: 'Details' }, SLOW)
    expect(within(details).getByRole('rowheader', { name: 'Status' })).toBeInTheDocument()
    const tasks = screen.getByRole('region', { name: 'Phases and sub-tasks' })
    expect(within(tasks).getAllByRole('row').length).toBeGreaterThan(1)
    expect(within(details).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/resource-groups\/\d+$/),
    )
    expect(screen.queryByRole('button', { name: 'Mark as failed' })).not.toBeInTheDocument()
  })

  it('downloads the logs as a file, byte for byte as the appliance sent them', async () => {
    const { user } = await renderApp('/jobs/1')
    await user.click(await screen.findByRole('button', { name: 'Download logs' }, SLOW))
    expect(await screen.findByText(/^Saved job-1-logs\./)).toBeInTheDocument()
    expect(saved).toHaveLength(1)
    const direct = await fetch(`${location.origin}/api/4.1/jobs/1/logs`, {
      headers: { Token: getToken() ?? '', Accept: 'application/octet-stream' },
    })
    const [file] = saved
    expect(file?.name).toBe('job-1-logs.txt')
    expect(await file?.blob.text()).toBe(await direct.text())
  })

  it('says why the logs could not be downloaded', async () => {
    setScenario('serverError', { path: '/logs' })
    const { user } = await renderApp('/jobs/1')
    await user.click(await screen.findByRole('button', { name: 'Download logs' }, SLOW))
    expect(await screen.findByText('Could not download the logs of job 1.')).toBeInTheDocument()
    expect(saved).toHaveLength(0)
  })

  it('marks a stuck job failed after a confirmation that explains the risk, with one request', async () => {
    const id = await stuckJobId()
    const { user } = await renderApp(`/jobs/${id}`)
    await user.click(await screen.findByRole('button', { name: 'Mark as failed' }, SLOW))
    const dialog = await screen.findByRole('dialog', { name: `Mark job ${id} as failed?` })
    expect(dialog).toHaveTextContent('SCV stops tracking the job')
    expect(dialog).toHaveTextContent(/not stopped/)
    expect(within(dialog).getByTestId('mark-failed-timing')).toHaveTextContent(/Running for .+/)
    expect(within(dialog).getByText('Possibly stuck')).toBeInTheDocument()

    await user.dblClick(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    expect(await screen.findByText('Job marked failed')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(requestCount('POST', `/api/4.1/jobs/${id}/failJobs`)).toBe(1)
    expect(await screen.findByText('Why it failed')).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Mark as failed' })).not.toBeInTheDocument(),
    )
  })

  it('keeps the dialog open with the appliance error when failJobs is refused', async () => {
    setScenario('serverError', { path: '/failJobs' })
    const id = await stuckJobId()
    const { user } = await renderApp(`/jobs/${id}`)
    await user.click(await screen.findByRole('button', { name: 'Mark as failed' }, SLOW))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    expect(await within(dialog).findByText(`Job ${id} was not marked failed.`)).toBeInTheDocument()
    expect(requestCount('POST', `/api/4.1/jobs/${id}/failJobs`)).toBe(1)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })

  it('explains a recognised failure: cause, what to do, the documentation, and the text it was recognised in', async () => {
    const id = await failedJobIdWhere(/restore_\d+_\d+_/)
    await renderApp(`/jobs/${id}`)
    const card = await screen.findByRole(
      'region',
      { name: 'Likely cause: Leftover restore files on the destination' },
      SLOW,
    )
    expect(within(card).getByRole('heading', { name: 'What it means' })).toBeInTheDocument()
    expect(card).toHaveTextContent(/delete the leftover restore_… files/)
    expect(
      within(card).getByRole('link', { name: /SCV documentation: Restore VMs from backups/ }),
    ).toHaveAttribute(
      'href',
      'https://docs.netapp.com/us-en/sc-plugin-vmware-vsphere/scpivs44_restore_vms_from_backups.html',
    )
    expect(within(card).getByText('Recognised in the failure reason')).toBeInTheDocument()
    expect(card).toHaveTextContent(/restore_\d+_\d+_/)
    // The reason was enough: the logs were not read.
    expect(requestCount('GET', `/api/4.1/jobs/${id}/logs`)).toBe(0)
  })

  it('recognises a failure in the job logs when the reason alone says nothing known', async () => {
    const job = {
      id: 4242,
      name: 'Mount of backup',
      type: 'mountBackup',
      status: 'FAILED',
      startTime: '2026-11-27T10:00:00Z',
      endTime: '2026-11-27T10:01:00Z',
      failureReason: 'Mount failed',
    }
    server.use(
      http.get('*/api/4.1/jobs/4242', () => HttpResponse.json({ response: job })),
      http.get('*/api/4.1/jobs/4242/logs', () =>
        HttpResponse.json({
          response: {
            jobId: 4242,
            jobLogsList: [
              { timestamp: job.startTime, level: 'INFO', message: 'Cloning snapshot' },
              { timestamp: job.endTime, level: 'ERROR', message: 'Host unresolved volumes is null' },
            ],
          },
        }),
      ),
    )
    await renderApp('/jobs/4242')
    const card = await screen.findByRole(
      'region',
      { name: 'Likely cause: Stale LUN or namespace on mount' },
      SLOW,
    )
    expect(within(card).getByText("Recognised in the job's logs")).toBeInTheDocument()
    expect(within(card).getByText('Host unresolved volumes is null')).toBeInTheDocument()
  })

  it('says when it does not recognise a failure and offers the logs from the card', async () => {
    const id = await failedJobIdWhere(/out of space/)
    const { user } = await renderApp(`/jobs/${id}`)
    const card = await screen.findByRole('region', { name: 'Cause not recognised' }, SLOW)
    expect(card).toHaveTextContent('None of the failures SCV documents matches')
    // The logs were searched before saying so.
    expect(requestCount('GET', `/api/4.1/jobs/${id}/logs`)).toBe(1)
    await user.click(within(card).getByRole('button', { name: 'Download logs' }))
    expect(await screen.findByText(new RegExp(`^Saved job-${id}-logs\\.`))).toBeInTheDocument()
    expect(saved).toHaveLength(1)
  })

  it('shows no guidance for a job that succeeded', async () => {
    const id = await finishedBackupJobId()
    await renderApp(`/jobs/${id}`)
    await screen.findByRole('region', { name: 'Details' }, SLOW)
    expect(
      screen.queryByRole('region', { name: /^Likely cause|^Cause not recognised/ }),
    ).not.toBeInTheDocument()
  })

  it('says so when the address is not a job id', async () => {
    await renderApp('/jobs/abc')
    expect(await screen.findByText("'abc' is not a job ID.", {}, SLOW)).toBeInTheDocument()
  })
})
