import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { scvClient } from '../../../api'
import { renderApp } from '../../../test/render-app'

const LOADED = { timeout: 15_000 }
const DAY = 86_400_000
const KINDS: Record<string, string> = {
  backup: 'Backup',
  restore: 'Restore',
  restoreVmdk: 'Restore',
  mountBackup: 'Mount',
  unmountBackup: 'Mount',
  attachVmdk: 'Mount',
  detachVmdk: 'Mount',
}

describe('DashboardPage', { timeout: 90_000 }, () => {
  it('shows recent and running jobs, job outcomes by type and status, protection and overdue protection', async () => {
    const { user, router } = await renderApp('/')
    const now = Date.now()
    const jobs = (await scvClient.GET('/4.1/jobs')).data?.response.jobResponseList ?? []
    const reported = jobs.filter((job) => KINDS[String(job.type)])

    const recent = await screen.findByRole('region', { name: 'Recent job activity' }, LOADED)
    const newest = [...reported].sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime)).slice(0, 5)
    expect(
      within(recent)
        .getAllByRole('link', { name: /^#\d+/ })
        .map((link) => link.getAttribute('href')),
    ).toEqual(newest.map((job) => `/jobs/${job.id}`))
    const running = jobs.filter((job) => job.status === 'RUNNING')
    expect(screen.getByRole('region', { name: `${running.length} jobs running` })).toBeInTheDocument()

    // The chart's numbers, read from its table (the chart's text alternative).
    const count = (days: number, kind: string, status: string) =>
      reported.filter(
        (job) =>
          KINDS[String(job.type)] === kind &&
          job.status === status &&
          Date.parse(job.startTime) >= now - days * DAY,
      ).length
    const outcomes = screen.getByRole('figure', { name: 'Job outcomes, last 7 days' })
    const backupRow = within(within(outcomes).getByRole('table'))
      .getByRole('rowheader', { name: 'Backup' })
      .closest('tr')
    expect(
      within(backupRow as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(
      [
        String(count(7, 'Backup', 'SUCCESSFUL')),
        String(count(7, 'Backup', 'WARNING')),
        String(count(7, 'Backup', 'FAILED')),
        String(count(7, 'Backup', 'RUNNING')),
        String(
          ['SUCCESSFUL', 'WARNING', 'FAILED', 'RUNNING'].reduce((sum, s) => sum + count(7, 'Backup', s), 0),
        ),
      ].map((n) => Number(n).toLocaleString('en')),
    )

    await user.click(screen.getByRole('radio', { name: '30 days' }))
    expect(router.state.location.search).toBe('?window=30')
    const month = screen.getByRole('figure', { name: 'Job outcomes, last 30 days' })
    const mountRow = within(within(month).getByRole('table'))
      .getByRole('rowheader', { name: 'Mount' })
      .closest('tr')
    expect(within(mountRow as HTMLElement).getAllByRole('cell')[2]).toHaveTextContent(
      count(30, 'Mount', 'FAILED').toLocaleString('en'),
    )

    const protectedVms =
      (await scvClient.GET('/4.1/reports/protectedVM')).data?.response.protectedVmResponseList ?? []
    const protection = await screen.findByRole('figure', { name: 'Protection summary' }, LOADED)
    expect(within(protection).getByRole('rowheader', { name: 'Protected' }).closest('tr')).toHaveTextContent(
      protectedVms.length.toLocaleString('en'),
    )

    const overdue = await screen.findByRole('region', { name: 'Overdue protection' })
    expect(await within(overdue).findByTestId('overdue-count', {}, LOADED)).toHaveTextContent('3')
    expect(within(overdue).getByRole('link', { name: 'RG_Build_Farm' })).toBeInTheDocument()
    expect(within(overdue).getByText(/— suspended/)).toBeInTheDocument()
    expect(within(overdue).getByRole('link', { name: 'Open the overdue protection report' })).toHaveAttribute(
      'href',
      '/reports/overdue',
    )
  })
})
