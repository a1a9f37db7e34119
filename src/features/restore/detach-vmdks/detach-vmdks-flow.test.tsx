import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { server } from '../../../mocks/node'
import { clearRequestLog, clearScenarios, setScenario } from '../../../mocks'
import { bodyOf, pickVmWithDisks, recoveryLog } from '../components/recovery-test-helpers'

/** A VM with one disk attached to it from its newest backup (as a finished attach leaves it). */
function vmWithAttachedDisk() {
  const { vm, backup } = pickVmWithDisks(1)
  const disk = vm.vmdks[0]
  if (!disk) throw new Error('no disk')
  vm.attached.push({ path: disk.path, backupId: backup.id, sourceVmMoref: vm.moref, location: 'primary' })
  return { vm, backup, disk }
}

const linkTo = (vm: { moref: string; name: string }) =>
  `/restore/detach-vmdks?moref=${vm.moref}&name=${encodeURIComponent(vm.name)}`

describe('DetachVmdksFlow', { timeout: 60_000 }, () => {
  it('detaches a chosen attached disk after the confirmation, with one request, and the VM loses it', async () => {
    const { vm, backup } = vmWithAttachedDisk()
    clearRequestLog()
    const { user } = await renderApp(linkTo(vm))
    const disk = await screen.findByRole('checkbox', { name: /attached from backup/ }, { timeout: 30_000 })
    // The VM's own disks are not offered.
    expect(screen.queryByRole('checkbox', { name: /^Hard disk 1$/ })).not.toBeInTheDocument()
    const detach = screen.getByRole('button', { name: /Detach 0 disks/ })
    expect(detach).toBeDisabled()
    await user.click(disk)
    expect(screen.getByRole('button', { name: 'Detach 1 disk' })).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: /I understand that this disk is removed/ }))
    await user.dblClick(screen.getByRole('button', { name: 'Detach 1 disk' }))
    expect(await screen.findByRole('heading', { name: /Detach job \d+/ })).toBeInTheDocument()

    expect(recoveryLog()).toEqual([
      `GET /api/4.1/vm/${vm.moref}/backups/vmdklocations`,
      `POST /api/4.1/vm/${vm.moref}/detachvmdks`,
    ])
    expect(bodyOf('/detachvmdks')).toEqual({
      vmdksToDetach: [expect.objectContaining({ attachedFromBackupId: backup.id })],
    })
  })

  it('says when the VM has no disk attached from a backup', async () => {
    const { vm } = pickVmWithDisks(1)
    await renderApp(linkTo(vm))
    expect(
      await screen.findByText(`No disk is attached to ${vm.name} from a backup.`, {}, { timeout: 30_000 }),
    ).toBeInTheDocument()
  })

  it('shows a failed disk list with a Retry that works', async () => {
    const { vm } = vmWithAttachedDisk()
    setScenario('serviceUnavailable', {
      path: '*/4.1/vm/*/backups/vmdklocations',
      message: 'vCenter unreachable',
    })
    const { user } = await renderApp(linkTo(vm))
    expect(
      await screen.findByText(`Could not load the disks of ${vm.name}.`, {}, { timeout: 30_000 }),
    ).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('checkbox', { name: /attached from backup/ })).toBeInTheDocument()
  })

  it("shows the appliance's refusal and keeps the choice", async () => {
    const { vm } = vmWithAttachedDisk()
    setScenario('refused', {
      path: '*/4.1/vm/*/detachvmdks',
      method: 'POST',
      message: "VMDK 'x' is not attached to VM 'y'.",
    })
    const { user } = await renderApp(linkTo(vm))
    await user.click(
      await screen.findByRole('checkbox', { name: /attached from backup/ }, { timeout: 30_000 }),
    )
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }))
    await user.click(screen.getByRole('button', { name: 'Detach 1 disk' }))
    expect(await screen.findByText(/The detach did not start/)).toBeInTheDocument()
    expect(screen.getByText(/is not attached to VM 'y'/)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /attached from backup/ })).toBeChecked()
  })

  it('refuses a template before any request', async () => {
    const { vm } = pickVmWithDisks(1)
    server.use(
      http.get('*/api/4.1/reports/unProtectedVM', () =>
        HttpResponse.json({
          response: { unprotectedVmResponseList: [{ moref: vm.moref, name: vm.name, isTemplate: true }] },
        }),
      ),
    )
    clearRequestLog()
    await renderApp(linkTo(vm))
    // Said on the field (and on the template's option in the list).
    expect(
      (await screen.findAllByText(/SCV does not attach disks to templates/, {}, { timeout: 30_000 })).length,
    ).toBeGreaterThan(0)
    expect(recoveryLog()).toEqual([])
  })
})
