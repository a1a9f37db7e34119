import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { getRequestLog, getSimulatorDb } from '../../../mocks'

/**
 * A live VM in a resource group whose newest completed backup is (or is not) partial, and (when asked) has (or
 * has not) a secondary copy; with that backup and the host the VM is on.
 */
export function pickVm({ partial, secondary }: { partial: boolean; secondary?: boolean }) {
  const db = getSimulatorDb()
  const members = new Set(db.resourceGroups.flatMap((group) => group.entities))
  for (const vm of db.vms) {
    if (vm.template || vm.deleted || vm.vvol || !members.has(vm.moref)) continue
    const backups = db.backups
      .filter((backup) => backup.vmMorefs.includes(vm.moref) && backup.status === 'COMPLETED')
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
    const newest = backups[0]
    const host = db.hosts.find((candidate) => candidate.moref === vm.hostMoref)
    if (!newest || !host || !newest.primary || newest.partial !== partial) continue
    if (secondary !== undefined && newest.secondary !== secondary) continue
    return { vm, backup: newest, host }
  }
  throw new Error('the seed has no such VM')
}

/** W6 in order: the three reads and the restore. */
export const W6 = (moref: string, backupId: number) => [
  `GET /api/4.1/vm/${moref}/backups`,
  `GET /api/4.1/vm/backups/${backupId}/snapshotlocations`,
  `GET /api/4.1/vm/${moref}/backups/availableesxhosts`,
  `POST /api/4.1/vm/${moref}/backups/${backupId}/restore`,
]

/** The requests of W6 (VM-scoped calls and every write), in order. */
export function w6Log() {
  return getRequestLog()
    .filter((entry) => entry.path.startsWith('/api/4.1/vm/') || entry.method !== 'GET')
    .filter((entry) => !entry.path.endsWith('/auth/login'))
    .map((entry) => `${entry.method} ${entry.path}`)
}

/** Types the VM's name in the wizard's picker and clicks its option. */
export async function chooseVm(user: UserEvent, name: string, moref: string) {
  const input = await screen.findByRole('textbox', { name: 'VM to restore' })
  await user.click(input)
  await user.type(input, name)
  const listbox = await screen.findByRole('listbox')
  await user.click(await within(listbox).findByRole('option', { name: new RegExp(`^${name}\\s*${moref}`) }))
}

/**
 * The review heading, once a link's defaults are filled in: the inventory, then the three W6 reads one after the
 * other through the simulator, which takes a while on a busy 2-core machine.
 */
export const reviewHeading = () => screen.findByRole('heading', { name: /Step 5 of 5/ }, { timeout: 30_000 })
