import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, clearScenarios, getRequestLog, setScenario } from '../../../mocks'

/** The first render loads the lazy page and signs in; give it more than the default second. */
const LOADED = { timeout: 5_000 }

const backupNowCalls = () =>
  getRequestLog().filter(
    (entry) => entry.method === 'POST' && entry.path === '/api/4.1/resource-groups/backupnow',
  )

// Whole-console renders on a shared CPU: allow more than the default per test.
describe('resource groups page', { timeout: 40_000 }, () => {
  it('lists the groups with status, type, members, policies and runs, and is in the navigation', async () => {
    await renderApp('/resource-groups')
    const table = await screen.findByRole('table', { name: 'Resource groups' }, LOADED)
    const row = (await within(table).findByRole('link', { name: 'RG_Build_Farm' })).closest(
      'tr',
    ) as HTMLElement
    expect(within(row).getByText('Under maintenance')).toBeInTheDocument()
    expect(within(row).getByText('Virtual machines')).toBeInTheDocument()
    expect(within(row).getByText('30')).toBeInTheDocument()
    expect(screen.getByText('15 of 15 resource groups')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Resource groups' })).toHaveAttribute('href', '/resource-groups')
  })

  it('reads its filters from the URL and writes the search back to it', async () => {
    const { user, router } = await renderApp('/resource-groups?type=DATASTORES')
    const table = await screen.findByRole('table', { name: 'Resource groups' }, LOADED)
    expect(await within(table).findByRole('link', { name: 'RG_NFS_Prod' })).toBeInTheDocument()
    expect(within(table).queryByRole('link', { name: 'RG_Web_Tier' })).not.toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'flex')
    await waitFor(() => expect(router.state.location.search).toBe('?q=flex&type=DATASTORES'))
    expect(await screen.findByText('1 of 15 resource groups')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'nothing')
    expect(await screen.findByText('No resource group matches these filters.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('says when the appliance fails, with a retry', async () => {
    setScenario('serverError', {
      path: '*/4.1/resource-groups',
      method: 'GET',
      message: 'Database unavailable',
    })
    const { user } = await renderApp('/resource-groups')
    expect(await screen.findByText('Could not load the resource groups.', {}, LOADED)).toBeInTheDocument()
    expect(screen.getByText(/Database unavailable/)).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('table', { name: 'Resource groups' }, LOADED)).toBeInTheDocument()
  })

  it('backs a single-policy group up from its row: a double click sends one W5 request and links to the job', async () => {
    const { user, router } = await renderApp('/resource-groups')
    const button = await screen.findByRole('button', { name: 'Back up RG_Web_Tier now' }, LOADED)
    clearRequestLog()
    await user.dblClick(button)
    const link = await screen.findByRole('link', { name: /Follow job \d+/ })
    expect(backupNowCalls()).toHaveLength(1)
    expect(backupNowCalls()[0]?.body).toEqual({ resourceGroupId: 2, policyId: 1 })
    const jobId = /Follow job (\d+)/.exec(link.textContent ?? '')?.[1]
    expect(link).toHaveAttribute('href', `/jobs/${jobId}`)
    // The list refreshes and shows the group running.
    const row = screen.getByRole('link', { name: 'RG_Web_Tier' }).closest('tr') as HTMLElement
    expect(await within(row).findByText('Running')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/resource-groups')
  })

  it('asks which policy when the group has several, and explains instead of sending for a suspended group', async () => {
    const { user } = await renderApp('/resource-groups')
    await user.click(await screen.findByRole('button', { name: 'Back up RG_Build_Farm now' }, LOADED))
    const refused = await screen.findByRole('dialog', { name: 'Back up RG_Build_Farm now' })
    expect(within(refused).getByText(/under maintenance/)).toBeInTheDocument()
    expect(within(refused).queryByRole('button', { name: 'Start backup' })).not.toBeInTheDocument()
    // The footer's Close (the header's × has the same name).
    await user.click(within(refused).getAllByRole('button', { name: 'Close' }).at(-1) as HTMLElement)

    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Back up RG_Finance_DB now' }))
    const dialog = await screen.findByRole('dialog', { name: 'Back up RG_Finance_DB now' })
    const start = within(dialog).getByRole('button', { name: 'Start backup' })
    expect(start).toBeDisabled()
    await user.click(within(dialog).getByRole('radio', { name: 'Daily_SnapVault' }))
    await user.dblClick(start)
    expect(
      await screen.findByText(/Backup of RG_Finance_DB started with policy Daily_SnapVault/),
    ).toBeInTheDocument()
    expect(backupNowCalls().map((call) => call.body)).toEqual([{ resourceGroupId: 1, policyId: 2 }])
  })
})
