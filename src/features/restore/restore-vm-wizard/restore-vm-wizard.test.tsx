import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { server } from '../../../mocks/node'
import { clearRequestLog, getRequestLog, getSimulatorDb } from '../../../mocks'

/** A live VM in a resource group whose newest completed backup is (or is not) partial. */
function pickVm({ partial }: { partial: boolean }) {
  const db = getSimulatorDb()
  const members = new Set(db.resourceGroups.flatMap((group) => group.entities))
  for (const vm of db.vms) {
    if (vm.template || vm.deleted || vm.vvol || !members.has(vm.moref)) continue
    const backups = db.backups
      .filter((backup) => backup.vmMorefs.includes(vm.moref) && backup.status === 'COMPLETED')
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
    const newest = backups[0]
    if (newest && newest.primary && newest.partial === partial) return { vm, backup: newest }
  }
  throw new Error('the seed has no such VM')
}

const W6 = (moref: string, backupId: number) => [
  `GET /api/4.1/vm/${moref}/backups`,
  `GET /api/4.1/vm/backups/${backupId}/snapshotlocations`,
  `GET /api/4.1/vm/${moref}/backups/availableesxhosts`,
  `POST /api/4.1/vm/${moref}/backups/${backupId}/restore`,
]

/** The requests of W6 (VM-scoped calls and every write), in order. */
function w6Log() {
  return getRequestLog()
    .filter((entry) => entry.path.startsWith('/api/4.1/vm/') || entry.method !== 'GET')
    .filter((entry) => !entry.path.endsWith('/auth/login'))
    .map((entry) => `${entry.method} ${entry.path}`)
}

async function chooseVm(user: Awaited<ReturnType<typeof renderApp>>['user'], name: string) {
  const input = await screen.findByRole('textbox', { name: 'VM to restore' })
  await user.click(input)
  await user.type(input, name)
  const listbox = await screen.findByRole('listbox')
  await user.click(await within(listbox).findByRole('option', { name: new RegExp(`^${name}`) }))
}

// Whole-console journeys over the seeded simulator on 2 shared cores: allow them time.
describe('RestoreVmWizard', { timeout: 60_000 }, () => {
  it('restores a VM chosen by name through all five steps with exactly W6, once, and shows the job', async () => {
    const { vm, backup } = pickVm({ partial: false })
    clearRequestLog()
    const { user } = await renderApp('/restore/vm')
    await chooseVm(user, vm.name)
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await screen.findByRole('heading', { name: /Step 2 of 5: Backup/ })).toHaveFocus()
    await user.click(
      await screen.findByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await screen.findByRole('heading', { name: /Step 3 of 5/ })).toBeInTheDocument()
    await user.click(await screen.findByRole('radio', { name: 'Primary snapshot' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await screen.findByRole('heading', { name: /Step 4 of 5/ })).toBeInTheDocument()
    await user.click(await screen.findByRole('combobox', { name: /Destination ESXi host/ }))
    const hosts = await screen.findAllByRole('option')
    await user.click(hosts[0] as HTMLElement)
    await user.click(screen.getByRole('checkbox', { name: 'Restart the VM after the restore' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await screen.findByRole('heading', { name: /Step 5 of 5/ })).toBeInTheDocument()
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
      restoreLocations: expect.arrayContaining([expect.objectContaining({ esxHost: expect.any(String) })]),
    })
  })

  it('forces Restart VM off for a partial backup, with the reason', async () => {
    const { vm, backup } = pickVm({ partial: true })
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}&backupId=${backup.id}`)
    expect(await screen.findByRole('heading', { name: /Step 2 of 5/ })).toBeInTheDocument()
    await waitFor(() =>
      expect(
        screen.getByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
      ).toBeChecked(),
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('radio', { name: 'Primary snapshot' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    const restart = await screen.findByRole('checkbox', { name: 'Restart the VM after the restore' })
    expect(restart).toBeDisabled()
    expect(restart).not.toBeChecked()
    expect(
      screen.getByText(/This is a partial backup: SCV restores it without restarting the VM/),
    ).toBeInTheDocument()
  })

  it('refuses a template before any request', async () => {
    const { vm } = pickVm({ partial: false })
    server.use(
      http.get('*/api/4.1/reports/unProtectedVM', () =>
        HttpResponse.json({
          response: { unprotectedVmResponseList: [{ moref: vm.moref, name: vm.name, isTemplate: true }] },
        }),
      ),
    )
    clearRequestLog()
    await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}`)
    // The link opens step 2; the template rule sends the user back to step 1 with the reason.
    expect(await screen.findByText(/An earlier step is not complete/)).toBeInTheDocument()
    expect(getRequestLog().some((entry) => entry.path.startsWith('/api/4.1/vm/'))).toBe(false)
  })

  it('shows a failed snapshot-locations call on its step, with a retry that works', async () => {
    const { vm, backup } = pickVm({ partial: false })
    server.use(
      http.get('*/api/4.1/vm/backups/:backupId/snapshotlocations', () =>
        HttpResponse.json({ statusMessage: 'Storage system unreachable' }, { status: 503 }),
      ),
    )
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}&backupId=${backup.id}`)
    await waitFor(() =>
      expect(
        screen.getByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
      ).toBeChecked(),
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(
      await screen.findByText('Could not load the snapshot locations of this backup.'),
    ).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('radio', { name: 'Primary snapshot' })).toBeInTheDocument()
  })

  it('keeps every choice when the restore is refused', async () => {
    const { vm, backup } = pickVm({ partial: false })
    server.use(
      http.post('*/api/4.1/vm/:moref/backups/:backupId/restore', () =>
        HttpResponse.json({ statusMessage: 'Another restore of this VM is running' }, { status: 409 }),
      ),
    )
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}&backupId=${backup.id}`)
    await waitFor(() =>
      expect(
        screen.getByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
      ).toBeChecked(),
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('radio', { name: 'Primary snapshot' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('combobox', { name: /Destination ESXi host/ }))
    await user.click((await screen.findAllByRole('option'))[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Restore' }))
    expect(await screen.findByText(/The restore did not start/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /Step 5 of 5/ })).toBeInTheDocument()
    expect(screen.getByText(`${vm.name} (${vm.moref})`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(await screen.findByRole('combobox', { name: /Destination ESXi host/ })).not.toHaveValue('')
  })
})
