import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, clearScenarios, getSimulatorDb, setScenario } from '../../../mocks'
import { bodyOf, recoveryLog, stepHeading } from '../components/recovery-test-helpers'

/** A deleted VM whose newest completed backup is full and primary, with nothing running on its group. */
function pickDeletedVm() {
  const db = getSimulatorDb()
  for (const vm of db.vms) {
    if (!vm.deleted || vm.template) continue
    const newest = db.backups
      .filter((backup) => backup.vmMorefs.includes(vm.moref) && backup.status === 'COMPLETED')
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0]
    if (!newest || newest.partial || !newest.primary) continue
    if (db.jobs.some((job) => job.status === 'RUNNING' && job.rgId === newest.rgId)) continue
    const datastore = db.datastores.find((d) => d.moref === newest.datastoreMorefs[0])
    if (datastore) return { vm, backup: newest, datastore }
  }
  throw new Error('the seed has no such deleted VM')
}

/** W7 in order: the backups by UUID, the snapshot locations, the hosts by the datastore's moref, the restore. */
const W7 = (uuid: string, backupId: number, datastoreMoref: string) => [
  `GET /api/4.1/vm/${uuid}/backups`,
  `GET /api/4.1/vm/backups/${backupId}/snapshotlocations`,
  `GET /api/4.1/vm/${datastoreMoref}/backups/availableesxhosts`,
  `POST /api/4.1/vm/${uuid}/backups/${backupId}/restore`,
]

async function typeUuid(user: UserEvent, uuid: string) {
  const input = await screen.findByRole('textbox', { name: 'UUID of the deleted VM' })
  await user.click(input)
  await user.type(input, uuid)
  const listbox = await screen.findByRole('listbox')
  await user.click(await within(listbox).findByRole('option', { name: new RegExp(`Use ${uuid}`) }))
}

describe('RestoreDeletedVmWizard', { timeout: 90_000 }, () => {
  it('restores a deleted VM from a datastore backup with exactly W7, once, and shows the job', async () => {
    const { vm, backup, datastore } = pickDeletedVm()
    const browser = `/backups?kind=datastore&moref=${datastore.moref}&name=${datastore.name}&backup=${backup.id}`
    const { user } = await renderApp(browser)
    const drawer = await screen.findByRole('dialog', { name: `Backup ${backup.name}` }, { timeout: 30_000 })
    expect(within(drawer).getByText(vm.name).parentElement).toHaveTextContent('Deleted')
    clearRequestLog()
    await user.click(within(drawer).getByRole('link', { name: `Restore ${vm.name}…` }))

    // The link takes the VM, the backup and the primary snapshot; the host step says which moref it used.
    expect(await stepHeading(4, 5)).toBeInTheDocument()
    expect(await screen.findByRole('note', { name: 'Which hosts are offered' })).toHaveTextContent(
      `${datastore.name} (${datastore.moref}), the datastore whose backups you came from`,
    )
    expect(screen.getByRole('checkbox', { name: 'Restart the VM after the restore' })).toBeChecked()
    expect(await screen.findByRole('combobox', { name: /Destination ESXi host/ })).not.toHaveValue('')
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await stepHeading(5, 5)).toBeInTheDocument()
    expect(screen.getByText(/Tags and folders are not restored/)).toBeInTheDocument()
    expect(screen.getByText(/vsadmin-level credentials/)).toBeInTheDocument()
    expect(screen.getByText(`/api/4.1/vm/${vm.uuid}/backups/${backup.id}/restore`)).toBeInTheDocument()
    await user.dblClick(screen.getByRole('button', { name: 'Restore deleted VM' }))
    expect(await screen.findByRole('heading', { name: /Restore job \d+/ })).toBeInTheDocument()

    expect(recoveryLog()).toEqual(W7(vm.uuid, backup.id, datastore.moref))
    const body = bodyOf('/restore') as { restartVM: boolean; restoreLocations: Array<{ esxHost: string }> }
    expect(body.restartVM).toBe(true)
    expect(body.restoreLocations.length).toBeGreaterThan(0)
    expect(body.restoreLocations.every((location) => location.esxHost !== '')).toBe(true)
  })

  it('takes a typed UUID and asks for the hosts by the backup’s datastore, saying so', async () => {
    const { vm, backup, datastore } = pickDeletedVm()
    clearRequestLog()
    const { user } = await renderApp('/restore/deleted-vm')
    await typeUuid(user, vm.uuid)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    // Backup, location and host: the defaults are proposed one step at a time.
    for (const step of [2, 3, 4]) {
      expect(await stepHeading(step, 5)).toBeInTheDocument()
      if (step === 4) {
        expect(await screen.findByRole('note', { name: 'Which hosts are offered' })).toHaveTextContent(
          `${datastore.name} (${datastore.moref}), the first datastore this backup holds`,
        )
      }
      await user.click(screen.getByRole('button', { name: 'Next' }))
    }
    expect(await stepHeading(5, 5)).toBeInTheDocument()
    expect(recoveryLog()).toEqual(W7(vm.uuid, backup.id, datastore.moref).slice(0, 3))
  })

  it('refuses a VM vCenter still has before any request', async () => {
    const live = getSimulatorDb().vms.find((vm) => !vm.deleted && !vm.template)
    if (!live) throw new Error('no live VM')
    clearRequestLog()
    const { user } = await renderApp('/restore/deleted-vm')
    const input = await screen.findByRole('textbox', { name: 'UUID of the deleted VM' })
    await user.click(input)
    await user.type(input, live.name)
    const option = await within(await screen.findByRole('listbox')).findByRole('option', {
      name: new RegExp(`^${live.name}`),
    })
    expect(option).toHaveAttribute('aria-disabled', 'true')
    expect(option).toHaveTextContent('In vCenter: restore it with Restore VM')
    await user.clear(input)
    await user.type(input, 'vm-99999')
    await user.click(
      await within(await screen.findByRole('listbox')).findByRole('option', { name: /Use vm-99999/ }),
    )
    expect(await screen.findByText(/This VM is in vCenter: restore it with Restore VM/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled()
    expect(recoveryLog()).toEqual([])
  })

  it('shows a failed hosts call on its step with a Retry that works', async () => {
    const { vm, backup, datastore } = pickDeletedVm()
    setScenario('serviceUnavailable', { path: '*/4.1/vm/*/backups/availableesxhosts', message: 'down' })
    const link = `/restore/deleted-vm?uuid=${vm.uuid}&name=${vm.name}&datastore=${datastore.moref}&backupId=${backup.id}`
    const { user } = await renderApp(link)
    expect(await stepHeading(4, 5)).toBeInTheDocument()
    expect(await screen.findByText('Could not load the available ESXi hosts.')).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('combobox', { name: /Destination ESXi host/ })).toBeInTheDocument()
  })

  it("puts the appliance's refusal on the host step, keeping every choice", async () => {
    const { vm, backup, datastore } = pickDeletedVm()
    setScenario('refused', {
      path: '*/4.1/vm/*/backups/*/restore',
      method: 'POST',
      message: "ESXi host 'esx-gone' is not available.",
    })
    const link = `/restore/deleted-vm?uuid=${vm.uuid}&name=${vm.name}&datastore=${datastore.moref}&backupId=${backup.id}`
    const { user } = await renderApp(link)
    expect(await stepHeading(4, 5)).toBeInTheDocument()
    expect(await screen.findByRole('combobox', { name: /Destination ESXi host/ })).not.toHaveValue('')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(5, 5)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Restore deleted VM' }))
    expect(await stepHeading(4, 5)).toBeInTheDocument()
    expect(await screen.findByText(/The restore did not start/)).toBeInTheDocument()
    expect(screen.getAllByText(/esx-gone' is not available/).length).toBeGreaterThan(0)
    expect(screen.getByRole('combobox', { name: /Destination ESXi host/ })).not.toHaveValue('')
  })
})
