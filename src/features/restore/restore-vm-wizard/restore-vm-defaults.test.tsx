import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, getRequestLog, getSimulatorDb } from '../../../mocks'
import { chooseVm, pickVm, reviewHeading, w6Log, W6 } from './restore-test-helpers'

/** A copy of `backup` as a newer backup of the same VM, `afterMs` later. */
function addBackup(backup: ReturnType<typeof pickVm>['backup'], afterMs: number, change: object) {
  const db = getSimulatorDb()
  const id = Math.max(...db.backups.map((candidate) => candidate.id)) + 1
  const added = {
    ...backup,
    id,
    name: `${backup.name}_later`,
    createdAt: backup.createdAt + afterMs,
    ...change,
  }
  db.backups.push(added)
  return added
}

/** The defaults the review lists as taken. */
const defaultsTaken = () => screen.getByRole('group', { name: /Chosen for you/ })

/** The value of one row of the review's table. */
const reviewRow = (label: string) => screen.getByRole('row', { name: new RegExp(`^${label}`) })

// Whole-console journeys over the seeded simulator on 2 shared cores: allow them time.
describe('RestoreVmWizard defaults', { timeout: 60_000 }, () => {
  it('passes over a newer failed backup and says so', async () => {
    const { vm, backup } = pickVm({ partial: false })
    const failed = addBackup(backup, 60_000, { status: 'FAILED' })
    await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}`)
    expect(await reviewHeading()).toBeInTheDocument()
    expect(reviewRow('Backup')).toHaveTextContent(backup.name)
    expect(defaultsTaken()).toHaveTextContent(`Backup: ${backup.name}`)
    expect(defaultsTaken()).toHaveTextContent(new RegExp(`Skipped ${failed.name} \\(.+\\): it failed\\.`))
  })

  it('passes over a partial backup when a full one exists from the same day', async () => {
    const { vm, backup } = pickVm({ partial: false })
    const partial = addBackup(backup, 1_000, { partial: true })
    await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}`)
    expect(await reviewHeading()).toBeInTheDocument()
    expect(reviewRow('Backup')).toHaveTextContent(backup.name)
    expect(defaultsTaken()).toHaveTextContent(
      new RegExp(
        `Skipped ${partial.name} \\(.+\\): it is partial and a full backup exists from the same day\\.`,
      ),
    )
    // A full backup may restart the VM.
    expect(reviewRow('Restart VM')).toHaveTextContent(/Yes$/)
  })

  it("takes the first available host when the VM's own is not among them, and says so", async () => {
    const { vm } = pickVm({ partial: false })
    vm.hostMoref = 'host-retired'
    clearRequestLog()
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}`)
    expect(await reviewHeading()).toBeInTheDocument()
    const host = reviewRow('ESXi host').querySelector('td')?.textContent ?? ''
    expect(host).not.toBe('')
    expect(defaultsTaken()).toHaveTextContent(
      `ESXi host: ${host}, the first available one (the VM's current host is not among the available hosts`,
    )
    await user.click(screen.getByRole('button', { name: 'Restore' }))
    expect(await screen.findByRole('heading', { name: /Restore job \d+/ })).toBeInTheDocument()
    const post = getRequestLog().find((entry) => entry.method === 'POST' && entry.path.endsWith('/restore'))
    expect(post?.body).toMatchObject({
      restoreLocations: expect.arrayContaining([expect.objectContaining({ esxHost: host })]),
    })
  })

  it('passes through a step with one choice: shown done with its value, reachable with Back, listed on the review', async () => {
    const { vm, backup, host } = pickVm({ partial: false, secondary: false })
    const { user } = await renderApp('/restore/vm')
    await chooseVm(user, vm.name, vm.moref)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: /Step 2 of 5: Backup/ })).toHaveFocus()
    expect(
      screen.getByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
    ).toBeChecked()
    expect(screen.getByRole('note', { name: 'Chosen for you' })).toHaveTextContent(
      'the newest that can be restored',
    )

    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: /Step 4 of 5/ })).toBeInTheDocument()
    expect(screen.getByRole('note', { name: 'Chosen for you' })).toHaveTextContent(
      `ESXi host: ${host.name}, the host the VM is on now.`,
    )
    const location = screen.getByRole('button', { name: /Snapshot location\s*Primary snapshot/ })
    expect(location).toHaveAttribute('data-completed')

    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(await screen.findByRole('heading', { name: /Step 3 of 5: Snapshot location/ })).toBeInTheDocument()
    expect(await screen.findByRole('radio', { name: 'Primary snapshot' })).toBeChecked()
    expect(screen.getByRole('note', { name: 'Chosen for you' })).toHaveTextContent(
      'Snapshot location: primary, the only one this backup has.',
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: /Step 4 of 5/ })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await reviewHeading()).toBeInTheDocument()
    const taken = defaultsTaken()
    for (const text of ['Backup:', 'Snapshot location: primary', `ESXi host: ${host.name}`, 'Restart: on']) {
      expect(taken).toHaveTextContent(text)
    }
    expect(screen.getByRole('button', { name: 'Restore' })).toHaveFocus()
    await user.click(within(taken).getByRole('button', { name: 'Change: Snapshot location' }))
    expect(await screen.findByRole('heading', { name: /Step 3 of 5/ })).toBeInTheDocument()
  })

  it('goes from the chosen VM straight to the review with every default, making each W6 read once', async () => {
    const { vm, backup } = pickVm({ partial: false })
    clearRequestLog()
    const { user } = await renderApp('/restore/vm')
    await chooseVm(user, vm.name, vm.moref)
    await user.click(screen.getByRole('button', { name: `Restore ${vm.name} from the newest backup…` }))
    expect(await reviewHeading()).toBeInTheDocument()
    expect(reviewRow('Backup')).toHaveTextContent(backup.name)
    expect(w6Log()).toEqual(W6(vm.moref, backup.id).slice(0, 3))
  })

  it('changing a default drops its reason, and a new backup asks again for what depends on it', async () => {
    const { vm, backup } = pickVm({ partial: false, secondary: false })
    const { user } = await renderApp(`/restore/vm?moref=${vm.moref}&name=${vm.name}`)
    expect(await reviewHeading()).toBeInTheDocument()
    await user.click(within(defaultsTaken()).getByRole('button', { name: 'Change: ESXi host and options' }))
    const restart = await screen.findByRole('checkbox', { name: 'Restart the VM after the restore' })
    expect(restart).toBeChecked()
    await user.click(restart)
    expect(screen.getByRole('note', { name: 'Chosen for you' })).not.toHaveTextContent('Restart:')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await reviewHeading()).toBeInTheDocument()
    expect(reviewRow('Restart VM')).toHaveTextContent(/No$/)
    expect(defaultsTaken()).not.toHaveTextContent('Restart:')
    expect(defaultsTaken()).toHaveTextContent(`Backup: ${backup.name}`)
  })
})
