import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { scvClient } from '../../../api'
import { renderApp } from '../../../test/render-app'

const LOADED = { timeout: 15_000 }
const DAY = 86_400_000

async function allJobs() {
  const { data } = await scvClient.GET('/4.1/jobs')
  return data?.response.jobResponseList ?? []
}

describe('reports built from the job list and the groups', { timeout: 90_000 }, () => {
  it('reports backup jobs of a range and status from the URL, with counts per status, each linked to its job', async () => {
    const { router, user } = await renderApp('/reports/backup-jobs?range=30d&status=FAILED')
    const now = Date.now()
    const failed = (await allJobs()).filter(
      (job) =>
        job.type === 'backup' && job.status === 'FAILED' && Date.parse(job.startTime) >= now - 30 * DAY,
    )
    expect(failed.length).toBeGreaterThan(0)
    expect(
      await screen.findByText(`${failed.length} rows of ${failed.length}`, {}, LOADED),
    ).toBeInTheDocument()
    expect(
      within(screen.getByTestId('job-report-totals')).getByText(`Failed: ${failed.length}`),
    ).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Backup jobs' })
    const newest = failed.reduce((a, b) => (Date.parse(b.startTime) > Date.parse(a.startTime) ? b : a))
    const firstRow = within(table).getAllByRole('row')[1] as HTMLElement
    expect(within(firstRow).getByRole('link', { name: String(newest.id) })).toHaveAttribute(
      'href',
      `/jobs/${newest.id}`,
    )
    expect(within(firstRow).getByText(newest.failureReason ?? '')).toBeInTheDocument()

    // Changing a filter writes it to the URL and goes back to page 1.
    await user.click(screen.getAllByLabelText('Started in')[0] as HTMLElement)
    await user.click(await screen.findByRole('option', { name: 'Last 7 days' }))
    expect(router.state.location.search).toBe('?status=FAILED')
    // A second filter keeps the first.
    await user.click(screen.getAllByLabelText('Policy')[0] as HTMLElement)
    await user.click(await screen.findByRole('option', { name: 'Hourly_Primary' }))
    expect(router.state.location.search).toBe('?status=FAILED&policy=1')
  })

  it('reports backup jobs between two dates of the appliance’s calendar, and says when the dates are inverted', async () => {
    const { router, user } = await renderApp('/reports/backup-jobs')
    await screen.findByTestId('backup-jobs-count', {}, LOADED)
    // Choosing "between two dates" starts from the days the preset covered (the simulator's clock is UTC).
    await user.click(screen.getAllByLabelText('Started in')[0] as HTMLElement)
    await user.click(await screen.findByRole('option', { name: 'Between two dates' }))
    const today = new Date().toISOString().slice(0, 10)
    const weekAgo = new Date(Date.now() - 7 * DAY).toISOString().slice(0, 10)
    expect(router.state.location.search).toBe(`?range=custom&from=${weekAgo}&to=${today}`)

    const from = new Date(Date.now() - 20 * DAY).toISOString().slice(0, 10)
    const to = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10)
    await router.navigate(`/reports/backup-jobs?range=custom&from=${from}&to=${to}`)
    const expected = (await allJobs()).filter((job) => {
      const day = job.startTime.slice(0, 10)
      return job.type === 'backup' && day >= from && day <= to
    })
    expect(expected.length).toBeGreaterThan(0)
    expect(
      await screen.findByText(`${expected.length} rows of ${expected.length}`, {}, LOADED),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('From')).toHaveValue(from)
    expect(screen.getByLabelText('To')).toHaveValue(to)

    await router.navigate(`/reports/backup-jobs?range=custom&from=${to}&to=${from}`)
    expect(await screen.findByText('“To” is before “From”: no day is in between.')).toBeInTheDocument()
    expect(screen.getByText('0 rows of 0')).toBeInTheDocument()
  })

  it('reports restores (VMs and VMDKs) of the last 7 days by default, per group', async () => {
    const now = Date.now()
    await renderApp('/reports/restore-jobs')
    const jobs = (await allJobs()).filter(
      (job) =>
        (job.type === 'restore' || job.type === 'restoreVmdk') &&
        Date.parse(job.startTime) >= now - 7 * DAY &&
        job.status !== 'RUNNING',
    )
    const running = (await allJobs()).filter(
      (job) =>
        (job.type === 'restore' || job.type === 'restoreVmdk') &&
        job.status === 'RUNNING' &&
        Date.parse(job.startTime) >= now - 7 * DAY,
    )
    const total = jobs.length + running.length
    expect(await screen.findByText(`${total} rows of ${total}`, {}, LOADED)).toBeInTheDocument()
    expect(within(screen.getByRole('table', { name: 'Restore jobs' })).getByText('Type')).toBeInTheDocument()
  })

  it('finds the overdue protection the simulator seeds, each with its reason', async () => {
    await renderApp('/reports/overdue')
    const table = await screen.findByRole('table', { name: 'Overdue protection' }, LOADED)
    expect(await screen.findByText('3 rows of 3', {}, LOADED)).toBeInTheDocument()
    const row = (group: string) =>
      within(table).getByRole('link', { name: group }).closest('tr') as HTMLElement
    expect(
      within(row('RG_Build_Farm')).getByText(/The group is suspended \(under maintenance\)/),
    ).toBeInTheDocument()
    expect(within(row('RG_Build_Farm')).getByText('Weekly_SnapMirror')).toBeInTheDocument()
    expect(within(row('RG_SQL_Cluster')).getByText(/No backup job has started since/)).toBeInTheDocument()
    expect(
      within(row('RG_Mixed_Legacy')).getByText(/The group has no schedule for this policy/),
    ).toBeInTheDocument()
    expect(within(row('RG_Mixed_Legacy')).getByText('Weekly_SnapMirror')).toBeInTheDocument()
    expect(
      within(row('RG_SQL_Cluster')).getByRole('link', { name: /^\d{4}-\d\d-\d\d \d\d:\d\d$/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/jobs\/\d+$/))
  })

  it('shows each VM and datastore with its newest backup, status and the location its policy keeps it in', async () => {
    const { router } = await renderApp('/reports/vm-protection?q=%E8%B2%A1%E5%8B%99-db01')
    const vmTable = await screen.findByRole('table', { name: 'Last protection status of VMs' }, LOADED)
    await screen.findByText('1 row of', { exact: false }, LOADED)
    const vmRow = within(vmTable).getAllByRole('row')[1] as HTMLElement
    expect(within(vmRow).getByText('財務-db01')).toBeInTheDocument()
    expect(within(vmRow).getByText(/^Primary/)).toBeInTheDocument()

    await router.navigate('/reports/datastore-protection?status=NEVER')
    const groups =
      (await scvClient.GET('/4.1/resource-groups')).data?.response.resourceGroupResponseList ?? []
    const datastores = new Set(
      groups.flatMap((g) => (g.entities ?? []).filter((e) => e.type === 'DATASTORE').map((e) => e.moref)),
    )
    expect(datastores.size).toBeGreaterThan(0)
    // Every datastore group has been backed up: none is "never".
    expect(await screen.findByText(`0 rows of 0`, {}, LOADED)).toBeInTheDocument()
    await router.navigate('/reports/datastore-protection')
    expect(
      await screen.findByText(`${datastores.size} rows of ${datastores.size}`, {}, LOADED),
    ).toBeInTheDocument()
  })
})
