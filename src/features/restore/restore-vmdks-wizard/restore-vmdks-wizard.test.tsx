import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { server } from '../../../mocks/node'
import { clearRequestLog, clearScenarios, getSimulatorDb, setScenario } from '../../../mocks'
import { bodyOf, pickVmWithDisks, recoveryLog, stepHeading } from '../components/recovery-test-helpers'

/** W8 in order: the five reads and the restore. */
const W8 = (moref: string, backupId: number) => [
  `GET /api/4.1/vm/${moref}/backups`,
  `GET /api/4.1/vm/backups/${backupId}/snapshotlocations`,
  `GET /api/4.1/vm/${moref}/backups/vmdklocations`,
  `GET /api/4.1/vm/${moref}/backups/${backupId}/availabledatastores`,
  `GET /api/4.1/vm/${moref}/backups/availableesxhosts`,
  `POST /api/4.1/vm/${moref}/backups/${backupId}/restorevmdks`,
]

const linkTo = (vm: { moref: string; name: string }, backupId: number) =>
  `/restore/vmdks?moref=${vm.moref}&name=${encodeURIComponent(vm.name)}&backupId=${backupId}`

/** The checkbox of a disk by its label (`Hard disk N`). */
const disk = (n: number) => screen.findByRole('checkbox', { name: new RegExp(`^Hard disk ${n}`) })

describe('RestoreVmdksWizard', { timeout: 90_000 }, () => {
  it('restores two disks to their own datastores with exactly W8, once, and shows the job', async () => {
    const { vm, backup } = pickVmWithDisks(2)
    clearRequestLog()
    const { user } = await renderApp(linkTo(vm, backup.id))
    // The link takes VM, backup and snapshot location; the disks are the first real decision.
    expect(await stepHeading(4, 7)).toBeInTheDocument()
    await user.click(await disk(1))
    await user.click(await disk(2))
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await stepHeading(5, 7)).toBeInTheDocument()
    expect(screen.getByRole('note', { name: 'Chosen for you' })).toHaveTextContent(
      'each disk goes back to its own datastore',
    )
    const [first, second] = vm.vmdks
    const dsName = (moref: string | undefined) =>
      getSimulatorDb().datastores.find((d) => d.moref === moref)?.name
    const destination = screen.getByRole('combobox', { name: /Destination of Hard disk 1/ })
    expect((destination as HTMLInputElement).value).toMatch(new RegExp(`^${dsName(first?.datastoreMoref)}`))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(6, 7)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await stepHeading(7, 7)).toBeInTheDocument()
    expect(screen.getByText(`/api/4.1/vm/${vm.moref}/backups/${backup.id}/restorevmdks`)).toBeInTheDocument()
    await user.dblClick(screen.getByRole('button', { name: 'Restore disks' }))
    expect(await screen.findByRole('heading', { name: /Disk restore job \d+/ })).toBeInTheDocument()

    expect(recoveryLog()).toEqual(W8(vm.moref, backup.id))
    const body = bodyOf('/restorevmdks') as { esxHost: string; vmdkRestoreLocations: unknown[] }
    expect(body.esxHost).not.toBe('')
    expect(body.vmdkRestoreLocations).toEqual([
      expect.objectContaining({
        vmdkToRestore: expect.objectContaining({ vmdkPath: first?.path }),
        restoreToDatastore: dsName(first?.datastoreMoref),
        restoreFromLocation: expect.objectContaining({ locationType: 'PRIMARY' }),
      }),
      expect.objectContaining({
        vmdkToRestore: expect.objectContaining({ vmdkPath: second?.path }),
        restoreToDatastore: dsName(second?.datastoreMoref),
      }),
    ])
  })

  it('refuses a destination without room for the disk before any write, on its step', async () => {
    const { vm, backup } = pickVmWithDisks(1)
    const db = getSimulatorDb()
    const ownName = db.datastores.find((d) => d.moref === vm.vmdks[0]?.datastoreMoref)?.name ?? '?'
    // Every other datastore the VM could use is full.
    for (const datastore of db.datastores) if (datastore.name !== ownName) datastore.capacityGb = 1
    clearRequestLog()
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(4, 7)).toBeInTheDocument()
    const checkbox = await disk(1)
    if (!(checkbox as HTMLInputElement).checked) await user.click(checkbox)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(5, 7)).toBeInTheDocument()
    await user.click(screen.getByRole('combobox', { name: /Destination of Hard disk 1/ }))
    const other = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .find((option) => !option.textContent?.startsWith(ownName))
    if (!other) throw new Error('only one datastore is offered')
    await user.click(other)
    expect(await screen.findByText(/does not have room for the disks sent there/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled()
    expect(recoveryLog().some((line) => line.startsWith('POST'))).toBe(false)
  })

  it('shows a failed datastores call on its step with a Retry that works', async () => {
    const { vm, backup } = pickVmWithDisks(1)
    setScenario('serviceUnavailable', {
      path: '*/4.1/vm/*/backups/*/availabledatastores',
      message: 'vCenter unreachable',
    })
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(4, 7)).toBeInTheDocument()
    const checkbox = await disk(1)
    if (!(checkbox as HTMLInputElement).checked) await user.click(checkbox)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(5, 7)).toBeInTheDocument()
    expect(
      await screen.findByText('Could not load the datastores the disks can be restored to.'),
    ).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('combobox', { name: /Destination of Hard disk 1/ })).toBeInTheDocument()
  })

  it("puts the appliance's refusal on the step it names, keeping every choice", async () => {
    const { vm, backup } = pickVmWithDisks(1)
    setScenario('refused', {
      path: '*/4.1/vm/*/backups/*/restorevmdks',
      method: 'POST',
      message: "Datastore 'x' does not have enough free space: 9 GB needed, 1 GB free.",
    })
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(4, 7)).toBeInTheDocument()
    const checkbox = await disk(1)
    if (!(checkbox as HTMLInputElement).checked) await user.click(checkbox)
    for (const step of [5, 6, 7]) {
      await user.click(screen.getByRole('button', { name: 'Next' }))
      expect(await stepHeading(step, 7)).toBeInTheDocument()
    }
    await user.click(screen.getByRole('button', { name: 'Restore disks' }))
    expect(await stepHeading(5, 7)).toBeInTheDocument()
    expect(await screen.findByText(/The disk restore did not start/)).toBeInTheDocument()
    expect(screen.getAllByText(/does not have enough free space/).length).toBeGreaterThan(0)
  })

  it('names a backup running on the VM group on the backup step and holds Next', async () => {
    const { vm, backup } = pickVmWithDisks(1)
    server.use(
      http.get('*/api/4.1/jobs', () =>
        HttpResponse.json({
          response: {
            jobResponseList: [
              {
                id: 9001,
                name: 'Backup of the group',
                type: 'backup',
                status: 'RUNNING',
                startTime: new Date().toISOString(),
                resourceGroupId: backup.rgId,
              },
            ],
          },
        }),
      ),
    )
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(4, 7)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Backup/ }))
    expect(await stepHeading(2, 7)).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Job 9001: Backup of the group' })).toBeInTheDocument()
    expect(screen.getByText(/SCV does not run a backup and a restore at the same time/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled()
  })
})
