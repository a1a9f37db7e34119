import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { setScenario } from '../../../mocks'
import { SLOW, startBackup } from '../test/helpers'

describe('Running-jobs indicator', () => {
  it('counts running jobs on any page and lists them with links to their detail and to the running view', async () => {
    setScenario('fastJobs', { ms: 30_000 })
    const jobId = await startBackup()
    const { user, router } = await renderApp('/')
    await user.click(await screen.findByRole('button', { name: /jobs? running$/ }, SLOW))
    const popover = await screen.findByRole('dialog', { name: /jobs? running$/ })
    const item = within(popover).getByRole('link', { name: new RegExp(`#${jobId} Backup of Resource Group`) })
    expect(item).toHaveAttribute('href', `/jobs/${jobId}`)
    expect(within(popover).getByRole('progressbar', { name: `Progress of job ${jobId}` })).toBeInTheDocument()
    expect(within(popover).getAllByText('Possibly stuck').length).toBeGreaterThan(0)
    await user.click(within(popover).getByRole('link', { name: 'Show all running jobs' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs'))
    expect(router.state.location.search).toBe('?status=RUNNING')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
