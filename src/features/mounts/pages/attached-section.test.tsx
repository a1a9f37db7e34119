import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, getRequestLog, getSimulatorDb, setScenario } from '../../../mocks'
import { attachVmdks } from '../../../mocks/model/recovery'
import { settleJobs } from '../../../mocks/model/jobs'
import { vmdksInBackup } from '../../../mocks/model/inventory'

/** Attaches the first disk of a grouped VM's newest backup to it, through the simulator's model, and lets the job end. */
function attachOneDisk() {
  const db = getSimulatorDb()
  const members = new Set(db.resourceGroups.flatMap((group) => group.entities))
  for (const vm of db.vms) {
    if (vm.template || vm.deleted || !members.has(vm.moref)) continue
    const backup = db.backups
      .filter((b) => b.vmMorefs.includes(vm.moref) && b.status === 'COMPLETED' && b.primary)
      .at(-1)
    const disk = backup && vmdksInBackup(vm, backup)[0]
    if (!backup || !disk) continue
    attachVmdks(db, vm.moref, {
      backupId: backup.id,
      vmdkLocations: [{ vmdkPath: disk.path, datastore: 'x', location: backup.name }],
    })
    settleJobs(db, Date.now() + 60_000)
    return { vm, backup }
  }
  throw new Error('the seed has no VM to attach to')
}

describe('MountsPage: disks attached from backups', { timeout: 60_000 }, () => {
  it('lists a disk attached from a backup with its job, and detaches it through the shared detach flow, once', async () => {
    setScenario('fastJobs', { ms: 50 })
    const { vm, backup } = attachOneDisk()
    clearRequestLog()
    const { user } = await renderApp('/mounts')
    const table = await screen.findByRole(
      'table',
      { name: 'Disks attached from backups' },
      { timeout: 30_000 },
    )
    const row = within(table).getByRole('row', { name: new RegExp(` on ${vm.name}$`) })
    expect(row).toHaveTextContent(String(backup.id))
    expect(within(row).getByRole('link', { name: /^Job \d+$/ })).toBeInTheDocument()

    await user.click(within(row).getByRole('button', { name: `Detach disks from ${vm.name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Detach disks from ${vm.name}` })
    await user.click(await within(dialog).findByRole('checkbox', { name: /attached from backup|Hard disk/ }))
    await user.click(within(dialog).getByRole('checkbox', { name: /I understand that this disk is removed/ }))
    await user.dblClick(within(dialog).getByRole('button', { name: 'Detach 1 disk' }))
    expect(await screen.findByText(`Detach from ${vm.name} started`)).toBeInTheDocument()
    const detaches = getRequestLog().filter(
      (entry) => entry.method === 'POST' && entry.path.endsWith('/detachvmdks'),
    )
    expect(detaches).toHaveLength(1)
    expect(detaches[0]?.path).toBe(`/api/4.1/vm/${vm.moref}/detachvmdks`)
    await waitFor(() => expect(screen.getByText('No disk attached from a backup.')).toBeInTheDocument(), {
      timeout: 20_000,
    })
  })
})
