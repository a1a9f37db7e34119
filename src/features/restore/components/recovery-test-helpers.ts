import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { getRequestLog, getSimulatorDb } from '../../../mocks'

/**
 * A live VM in a resource group with at least `disks` disks on traditional datastores, whose newest completed
 * backup is full, primary only and holds every disk; with that backup.
 */
export function pickVmWithDisks(disks: number, { vvol = false }: { vvol?: boolean } = {}) {
  const db = getSimulatorDb()
  const members = new Set(db.resourceGroups.flatMap((group) => group.entities))
  for (const vm of db.vms) {
    if (vm.template || vm.deleted || vm.vvol !== vvol || !members.has(vm.moref)) continue
    if (vm.vmdks.length < disks || vm.attached.length > 0) continue
    const onTraditional = vm.vmdks.every((disk) =>
      db.datastores.some((d) => d.moref === disk.datastoreMoref && (d.kind === 'NFS' || d.kind === 'VMFS')),
    )
    if (!onTraditional) continue
    const newest = db.backups
      .filter((backup) => backup.vmMorefs.includes(vm.moref) && backup.status === 'COMPLETED')
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0]
    if (!newest || newest.partial || !newest.primary || newest.secondary) continue
    // A backup running on the group would hold the restore (that rule has its own test).
    if (db.jobs.some((job) => job.status === 'RUNNING' && job.rgId === newest.rgId)) continue
    if (!vm.vmdks.every((disk) => newest.datastoreMorefs.includes(disk.datastoreMoref))) continue
    return { vm, backup: newest }
  }
  throw new Error('the seed has no such VM')
}

/** The VM-scoped calls and every write, in order, as `METHOD /api/path`. */
export function recoveryLog() {
  return getRequestLog()
    .filter((entry) => entry.path.startsWith('/api/4.1/vm/') || entry.method !== 'GET')
    .filter((entry) => !entry.path.endsWith('/auth/login'))
    .map((entry) => `${entry.method} ${entry.path}`)
}

/** The body of the only request to a path ending in `suffix`. */
export function bodyOf(suffix: string) {
  const posts = getRequestLog().filter((entry) => entry.method === 'POST' && entry.path.endsWith(suffix))
  return posts.length === 1 ? posts[0]?.body : posts
}

/** Types a VM's name in a picker labelled `label` and clicks its option. */
export async function chooseVmIn(user: UserEvent, label: string, name: string, moref: string) {
  const input = await screen.findByRole('textbox', { name: label })
  await user.click(input)
  await user.type(input, name)
  const listbox = await screen.findByRole('listbox')
  await user.click(await within(listbox).findByRole('option', { name: new RegExp(`^${name}\\s*${moref}`) }))
}

/** A step's heading, given time: the simulator answers each read on a busy 2-core machine. */
export const stepHeading = (step: number, of: number) =>
  screen.findByRole('heading', { name: new RegExp(`Step ${step} of ${of}`) }, { timeout: 30_000 })
