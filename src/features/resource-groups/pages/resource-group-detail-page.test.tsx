import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, getRequestLog, setScenario } from '../../../mocks'

const LOADED = { timeout: 5_000 }

const section = (name: string) => screen.getByRole('region', { name })

describe('resource group detail page', { timeout: 40_000 }, () => {
  it('shows the members by name, the policies with their schedules in appliance time, recent jobs and backups', async () => {
    await renderApp('/resource-groups/1')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'RG_Finance_DB' }, LOADED),
    ).toBeInTheDocument()
    const members = within(section('Members')).getByRole('table')
    expect(within(members).getAllByRole('row')).toHaveLength(13)
    expect(within(members).getAllByText(/^vm-\d+$/).length).toBe(12)

    const policies = section('Policies and schedules')
    expect(within(policies).getByText('Hourly_Primary')).toBeInTheDocument()
    expect(within(policies).getByText('Daily_SnapVault')).toBeInTheDocument()
    expect(within(policies).getByText(/in the appliance's time zone/)).toBeInTheDocument()

    const jobs = section('Recent jobs')
    const jobLinks = await within(jobs).findAllByRole('link', { name: /^Open job \d+$/ }, LOADED)
    expect(jobLinks.length).toBeGreaterThan(0)
    expect(jobLinks[0]?.getAttribute('href')).toMatch(/^\/jobs\/\d+$/)

    const backups = section('Recent backups')
    expect(within(backups).getByText(/as listed for its first member/)).toBeInTheDocument()
    expect((await within(backups).findAllByText(/RG_Finance_DB/, {}, LOADED)).length).toBeGreaterThan(0)
  })

  it('keeps the page when one section fails', async () => {
    setScenario('serverError', { path: '*/4.1/jobs', method: 'GET', message: 'Jobs down' })
    await renderApp('/resource-groups/1')
    expect(
      await within(await screen.findByRole('region', { name: 'Recent jobs' }, LOADED)).findByText(
        'Could not load the jobs.',
        {},
        LOADED,
      ),
    ).toBeInTheDocument()
    expect(within(section('Members')).getByRole('table')).toBeInTheDocument()
  })

  it('says so for a group that does not exist', async () => {
    await renderApp('/resource-groups/999')
    expect(
      await screen.findByRole('heading', { name: 'Resource group not found' }, LOADED),
    ).toBeInTheDocument()
  })

  it('backs up now and follows the run: the job appears and the last run goes from running to successful', async () => {
    setScenario('fastJobs', { ms: 300 })
    const { user } = await renderApp('/resource-groups/2')
    const button = await screen.findByRole('button', { name: 'Back up RG_Web_Tier now' }, LOADED)
    clearRequestLog()
    await user.click(button)
    expect(
      getRequestLog()
        .filter((entry) => entry.method !== 'GET')
        .map((entry) => [entry.method, entry.path, entry.body]),
    ).toEqual([['POST', '/api/4.1/resource-groups/backupnow', { resourceGroupId: 2, policyId: 1 }]])
    const link = await screen.findByRole('link', { name: /Follow job \d+/ })
    const jobId = /(\d+)/.exec(link.textContent ?? '')?.[1]
    const overview = section('Overview')
    expect(await within(overview).findByText('Running')).toBeInTheDocument()
    expect(
      await within(section('Recent jobs')).findByRole('link', { name: `Open job ${jobId}` }),
    ).toBeInTheDocument()
    expect(await within(overview).findByText('Successful', {}, { timeout: 10_000 })).toBeInTheDocument()
  })

  it('suspends and resumes, marking both as inferred', async () => {
    const { user } = await renderApp('/resource-groups/2')
    const suspend = await screen.findByRole('button', { name: 'Suspend' }, LOADED)
    await user.hover(suspend)
    expect(await screen.findByText(/Inferred operation/)).toBeInTheDocument()
    await user.click(suspend)
    expect(await within(section('Overview')).findByText('Under maintenance')).toBeInTheDocument()
    const resume = await screen.findByRole('button', { name: 'Resume' })
    // The flipped button waits out a double click before it counts a click.
    await waitFor(() => expect(resume).toBeEnabled())
    await user.click(resume)
    expect(await within(section('Overview')).findByText('Production')).toBeInTheDocument()
    expect(
      getRequestLog()
        .filter((entry) => entry.method === 'POST')
        .map((entry) => entry.path),
    ).toEqual([
      '/api/4.1/auth/login',
      '/api/4.1/resource-groups/2/suspend',
      '/api/4.1/resource-groups/2/resume',
    ])
  })

  it('deletes only after the name is typed, saying that all backups go, then returns to the list', async () => {
    const { user, router } = await renderApp('/resource-groups/3')
    await user.click(await screen.findByRole('button', { name: 'Delete' }, LOADED))
    const dialog = await screen.findByRole('dialog', { name: 'Delete RG_Exchange?' })
    expect(within(dialog).getByText(/together with ALL its backups and their snapshots/)).toBeInTheDocument()
    expect(
      within(dialog).getByText(/Secondary protection and consistency groups .* are not removed/),
    ).toBeInTheDocument()
    const confirm = within(dialog).getByRole('button', { name: 'Delete group and backups' })
    expect(confirm).toBeDisabled()
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type RG_Exchange to confirm' }),
      'RG_Exchang',
    )
    expect(confirm).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: 'Type RG_Exchange to confirm' }), 'e')
    await user.click(confirm)
    await waitFor(() => expect(router.state.location.pathname).toBe('/resource-groups'))
    expect(
      getRequestLog()
        .filter((entry) => entry.method === 'DELETE')
        .map((entry) => entry.path),
    ).toEqual(['/api/4.1/resource-groups/3'])
  })

  it('hides Delete for the session when the appliance does not offer it', async () => {
    setScenario('refused', {
      path: '*/4.1/resource-groups/*',
      method: 'DELETE',
      status: 501,
      message: 'Not implemented',
    })
    const { user } = await renderApp('/resource-groups/3')
    await user.click(await screen.findByRole('button', { name: 'Delete' }, LOADED))
    const dialog = await screen.findByRole('dialog', { name: 'Delete RG_Exchange?' })
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type RG_Exchange to confirm' }),
      'RG_Exchange',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Delete group and backups' }))
    expect(await screen.findByText('Delete is not offered by this appliance')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument())
  })
})
