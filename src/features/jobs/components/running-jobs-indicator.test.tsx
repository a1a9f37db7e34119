import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { setScenario } from '../../../mocks'
import { SLOW, startBackup } from '../test/helpers'

describe('Running-jobs indicator', () => {
  it('counts running jobs on any page and lists them with links to their detail and to the running view', async () => {
    setScenario('fastJobs', { ms: 10_000 })
    const jobId = await startBackup()
    const { user, router } = await renderApp('/')
    const indicator = await screen.findByRole('button', { name: /jobs? running$/ }, SLOW)
    await user.click(indicator)
    const item = await screen.findByRole('menuitem', {
      name: new RegExp(`#${jobId} Backup of Resource Group`),
    })
    expect(item).toHaveAttribute('href', `/jobs/${jobId}`)
    expect(screen.getAllByRole('menuitem', { name: /Possibly stuck/ }).length).toBeGreaterThan(0)
    await user.click(screen.getByRole('menuitem', { name: 'Show all running jobs' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs'))
    expect(router.state.location.search).toBe('?status=RUNNING')
  })
})
