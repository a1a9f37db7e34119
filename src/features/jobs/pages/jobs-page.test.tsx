import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, setScenario } from '../../../mocks'
import { server } from '../../../mocks/node'
import { LIVE_POLL_MS } from '../../../api/resources'
import { requestCount, SLOW, startBackup } from '../test/helpers'

const JOBS = '/api/4.1/jobs'

async function table() {
  return screen.findByRole('table', { name: 'Jobs' }, SLOW)
}

function dataRows(tableElement: HTMLElement) {
  return within(tableElement)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1')
}

describe('Jobs page', () => {
  it('shows failed jobs with their reason in the row, from a shared URL', async () => {
    await renderApp('/jobs?status=FAILED&sort=id&dir=asc')
    const t = await table()
    const rows = dataRows(t)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows.slice(0, 5)) {
      expect(within(row).getByText('Failed')).toBeInTheDocument()
      expect(row).not.toHaveTextContent('The appliance gave no reason.')
      expect(within(row).getByTestId('likely-cause')).toHaveTextContent(/^Likely cause: .+/)
    }
    expect(within(t).getByRole('columnheader', { name: /ID/ })).toHaveAttribute('aria-sort', 'ascending')
    const ids = rows.map((row) => Number(within(row).getAllByRole('link')[0]?.textContent))
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
  })

  it('shows the reason of warning jobs in their row too', async () => {
    await renderApp('/jobs?status=WARNING')
    const rows = dataRows(await table())
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows.slice(0, 5)) expect(row).toHaveTextContent('could not be quiesced')
  })

  it('says the likely cause of each failed or warning job in its row, and nothing for other jobs', async () => {
    const start = '2026-11-27T10:00:00Z'
    server.use(
      http.get('*/api/4.1/jobs', () =>
        HttpResponse.json({
          response: {
            jobResponseList: [
              {
                id: 11,
                name: 'Mount',
                type: 'mountBackup',
                status: 'FAILED',
                startTime: start,
                failureReason:
                  'Exception while calling pre-restore on SCV: Error mounting cloned LUN as datastore',
              },
              {
                id: 12,
                name: 'Backup',
                type: 'backup',
                status: 'WARNING',
                startTime: start,
                failureReason: 'Completed with warnings: one or more VMs could not be quiesced',
              },
              {
                id: 13,
                name: 'Backup',
                type: 'backup',
                status: 'FAILED',
                startTime: start,
                failureReason: 'Failed to create a storage snapshot: the volume is out of space',
              },
              { id: 14, name: 'Backup', type: 'backup', status: 'SUCCESSFUL', startTime: start },
            ],
          },
        }),
      ),
    )
    await renderApp('/jobs?sort=id&dir=asc')
    const rows = dataRows(await table())
    const cause = (row: HTMLElement | undefined) => within(row as HTMLElement).queryByTestId('likely-cause')
    expect(cause(rows[0])).toHaveTextContent('Likely cause: Stale LUN or namespace on mount')
    expect(cause(rows[1])).toHaveTextContent('Likely cause: Quiesce failed: not VM-consistent')
    expect(cause(rows[2])).toHaveTextContent('Likely cause: not recognised')
    expect(cause(rows[3])).toBeNull()
  })

  it('summarises failures by likely cause and filters the list to one of them on click', async () => {
    const { user, router } = await renderApp('/jobs?status=SUCCESSFUL')
    await table()
    const summary = screen.getByRole('region', { name: 'Failures by likely cause' })
    const first = within(summary).getAllByRole('row')[1] as HTMLElement
    const cause = first.getAttribute('data-cause') ?? ''
    const title = within(first).getAllByRole('cell')[0]?.textContent ?? ''
    // The 7-day count is the row's last button (the 24-hour one is plain text when it is 0).
    const week = within(first).getAllByRole('button').at(-1) as HTMLElement
    expect(week.getAttribute('aria-label')).toBe(
      `${title} in the last 7 d: ${week.textContent}. Show these jobs`,
    )
    const count = Number(week.textContent?.replace(/\D/g, ''))
    await user.click(week)
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search)
      expect(params.get('cause')).toBe(cause)
      expect(params.get('range')).toBe('7d')
      expect(params.get('status')).toBeNull()
    })
    await waitFor(() => expect(screen.getByTestId('jobs-result-count')).toHaveTextContent(`${count} of`))
    for (const row of dataRows(screen.getByRole('table', { name: 'Jobs' }))) {
      expect(within(row).getByTestId('likely-cause')).toHaveAttribute('data-cause', cause)
    }
  })

  it('writes the filters to the URL and reads them back', async () => {
    const { user, router } = await renderApp('/jobs')
    await table()
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'space')
    await waitFor(() => expect(router.state.location.search).toContain('q=space'))
    const t = await table()
    await waitFor(() => {
      for (const row of dataRows(t)) expect(row).toHaveTextContent(/space/i)
    })

    await user.click(screen.getByRole('button', { name: /^Failed \(24 h\)/ }))
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search)
      expect(params.get('status')).toBe('FAILED')
      expect(params.get('range')).toBe('24h')
      expect(params.get('q')).toBe('space')
    })

    await user.click(within(t).getByRole('button', { name: 'Sort by Duration' }))
    await waitFor(() => expect(router.state.location.search).toContain('sort=duration'))

    // Back in history restores the previous filters, search box included.
    await router.navigate('/jobs?type=restore&q=esxi')
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('esxi'))
    await waitFor(() => {
      for (const row of dataRows(screen.getByRole('table', { name: 'Jobs' }))) {
        expect(row).toHaveTextContent('Restore VM')
        expect(row).toHaveTextContent(/esxi/i)
      }
    })

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('')
  }, 40_000)

  it('opens a job clicked right after typing a search (the text is written when the box is left)', async () => {
    const { user, router } = await renderApp('/jobs')
    await table()
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'restore_')
    // Leaving the box writes the text at once; no debounced write is left to land during the next navigation.
    await user.tab()
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('restore_')
    const [link] = within(await table()).getAllByRole('link', { name: /^Open job \d+$/ })
    if (!link) throw new Error('no job to open')
    const id = link.textContent
    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: `Job ${id}` }, SLOW)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/jobs/${id}`)
  }, 40_000)

  it('polls while a job runs, shows its progress, and stops polling when it finishes', async () => {
    setScenario('fastJobs', { ms: 8_000 })
    const jobId = await startBackup()
    await renderApp('/jobs')
    const t = await table()
    await within(t).findByRole('progressbar', { name: `Progress of job ${jobId}` }, SLOW)
    clearRequestLog()
    // While it runs the list is fetched again every couple of seconds…
    await waitFor(() => expect(requestCount('GET', JOBS)).toBeGreaterThanOrEqual(1), {
      timeout: 3 * LIVE_POLL_MS,
    })
    // …until it has finished.
    const row = () =>
      within(t)
        .getByRole('link', { name: `Open job ${jobId}` })
        .closest('[role="row"]') as HTMLElement
    await waitFor(() => expect(row()).toHaveTextContent('Successful'), { timeout: 15_000 })
    expect(screen.getByTestId('jobs-live-state')).toHaveTextContent(
      'Only possibly stuck jobs are running: checking again every 5 min',
    )
    const settled = requestCount('GET', JOBS)
    // Only stuck jobs run now: no request in the next two polling periods (this wait is meant to time out).
    await expect(
      waitFor(() => expect(requestCount('GET', JOBS)).toBeGreaterThan(settled), {
        timeout: 2 * LIVE_POLL_MS + 500,
      }),
    ).rejects.toThrow()
  }, 40_000)

  it('shows unknown types and statuses as they are', async () => {
    server.use(
      http.get('*/api/4.1/jobs', () =>
        HttpResponse.json({
          response: {
            jobResponseList: [
              {
                id: 901,
                name: 'Replicate',
                type: 'snapMirrorUpdate',
                status: 'PAUSED',
                startTime: '2026-11-27T10:00:00Z',
              },
              { id: 902, name: 'Odd time', type: 'backup', status: 'FAILED', startTime: 'not a date' },
            ],
          },
        }),
      ),
    )
    await renderApp('/jobs?sort=id&dir=desc')
    const t = await table()
    expect(within(t).getByText('unknown: snapMirrorUpdate')).toBeInTheDocument()
    expect(within(t).getByText('unknown: PAUSED')).toBeInTheDocument()
    const rows = dataRows(t)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toHaveTextContent('The appliance gave no reason.')
    expect(screen.getByTestId('jobs-result-count')).toHaveTextContent('2 of 2 jobs')
  })

  it('says which required field an answer lacks, instead of showing it as data, and Retry asks again', async () => {
    let calls = 0
    server.use(
      http.get('*/api/4.1/jobs', () => {
        calls++
        return HttpResponse.json({ response: { jobResponseList: [{ id: 902 }] } })
      }),
    )
    await renderApp('/jobs')
    expect(
      await screen.findByText(
        "The appliance's answer to GET /4.1/jobs lacks name at $.response.jobResponseList[0].",
        {},
        SLOW,
      ),
    ).toBeInTheDocument()
    const before = calls
    screen.getAllByRole('button', { name: 'Retry' })[0]?.click()
    await waitFor(() => expect(calls).toBeGreaterThan(before))
  })

  it('shows an error with retry when the list cannot be loaded, and the header keeps working', async () => {
    setScenario('serverError', { path: '/4.1/jobs' })
    await renderApp('/jobs')
    expect(await screen.findByText('Could not load the jobs.', {}, SLOW)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument()
  })
})
