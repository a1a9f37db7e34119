import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { server } from '../../../mocks/node'
import { clearRequestLog, clearScenarios, getRequestLog, setScenario } from '../../../mocks'
import { chooseVm, pickVm, reviewHeading, w6Log, W6 } from './restore-test-helpers'

// Whole-console journeys over the seeded simulator on 2 shared cores: allow them time.
describe('RestoreVmWizard', { timeout: 60_000 }, () => {
  it('restores a VM chosen by name with exactly W6, once, and shows the job', async () => {
    const { vm, backup, host } = pickVm({ partial: false, secondary: false })
    clearRequestLog()
    const { user } = await renderApp('/restore/vm')
    await chooseVm(user, vm.name, vm.moref)
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await screen.findByRole('heading', { name: /Step 2 of 5: Backup/ })).toHaveFocus()
    await user.click(
      await screen.findByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))

    // The backup has a primary snapshot only: that step is passed through to the host.
    expect(await screen.findByRole('heading', { name: /Step 4 of 5/ })).toBeInTheDocument()
    const hostInput = await screen.findByRole('combobox', { name: /Destination ESXi host/ })
    expect((hostInput as HTMLInputElement).value).toMatch(new RegExp(`^${host.name} `))
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await reviewHeading()).toBeInTheDocument()
    expect(screen.getByText(/is not added back to its resource groups/)).toBeInTheDocument()
    expect(screen.getByText(`/api/4.1/vm/${vm.moref}/backups/${backup.id}/restore`)).toBeInTheDocument()

    await user.dblClick(screen.getByRole('button', { name: 'Restore' }))
    expect(await screen.findByRole('heading', { name: /Restore job \d+/ })).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Add the VM back to its resource groups' }),
    ).toBeInTheDocument()

    expect(w6Log()).toEqual(W6(vm.moref, backup.id))
    const post = getRequestLog().find((entry) => entry.method === 'POST' && entry.path.endsWith('/restore'))
    expect(post?.body).toMatchObject({
      restartVM: true,
      restoreLocations: expect.arrayContaining([expect.objectContaining({ esxHost: host.name })]),
    })
  })

  it('forces Restart VM off for a partial backup, with the reason', async () => {
    const { vm, backup } = pickVm({ partial: true })
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}&backupId=${backup.id}`)
    expect(await reviewHeading()).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /Restart VM/ })).toHaveTextContent(/No$/)
    expect(
      screen.getByText(/Restart: off, because SCV does not restart a VM restored from a partial backup/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back' }))
    const restart = await screen.findByRole('checkbox', { name: 'Restart the VM after the restore' })
    expect(restart).toBeDisabled()
    expect(restart).not.toBeChecked()
    expect(
      screen.getByText(/This is a partial backup: SCV restores it without restarting the VM/),
    ).toBeInTheDocument()
  })

  it('refuses a template before any request', async () => {
    const { vm } = pickVm({ partial: false })
    // Not a fault: the report lists a template, which the simulator's report leaves out, so the handler stays.
    server.use(
      http.get('*/api/4.1/reports/unProtectedVM', () =>
        HttpResponse.json({
          response: { unprotectedVmResponseList: [{ moref: vm.moref, name: vm.name, isTemplate: true }] },
        }),
      ),
    )
    clearRequestLog()
    await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}`)
    // The link asks for the review; the template rule keeps the user on step 1 with the reason.
    expect(
      await screen.findByRole('heading', { name: /Step 1 of 5/ }, { timeout: 30_000 }),
    ).toBeInTheDocument()
    expect(await screen.findByText(/VM templates cannot be restored \(SCV refuses it\)/)).toBeInTheDocument()
    expect(getRequestLog().some((entry) => entry.path.startsWith('/api/4.1/vm/'))).toBe(false)
  })

  it('shows a failed snapshot-locations call on its step, with a retry that works', async () => {
    const { vm, backup } = pickVm({ partial: false })
    setScenario('serviceUnavailable', {
      path: '*/4.1/vm/backups/*/snapshotlocations',
      message: 'Storage system unreachable',
    })
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}&backupId=${backup.id}`)
    // The defaults stop where they cannot go on: the snapshot-location step, with its error.
    expect(
      await screen.findByRole('heading', { name: /Step 3 of 5/ }, { timeout: 30_000 }),
    ).toBeInTheDocument()
    expect(
      await screen.findByText('Could not load the snapshot locations of this backup.'),
    ).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('radio', { name: 'Primary snapshot' })).toBeInTheDocument()
  })

  it('keeps every choice when the restore is refused', async () => {
    const { vm, backup } = pickVm({ partial: false })
    setScenario('refused', {
      path: '*/4.1/vm/*/backups/*/restore',
      method: 'POST',
      status: 409,
      message: 'Another restore of this VM is running',
    })
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}&backupId=${backup.id}`)
    await reviewHeading()
    await user.click(screen.getByRole('button', { name: 'Restore' }))
    expect(await screen.findByText(/The restore did not start/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /Step 5 of 5/ })).toBeInTheDocument()
    expect(screen.getByText(`${vm.name} (${vm.moref})`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(await screen.findByRole('combobox', { name: /Destination ESXi host/ })).not.toHaveValue('')
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Restart the VM/ })).toBeChecked())
  })
})
