import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { getRequestLog, getSimulatorDb } from '../../../mocks'

/** A seeded mount: its backup and the datastore the backup was taken of. */
export function seededMount() {
  const db = getSimulatorDb()
  const clone = db.datastores.find((d) => d.mount)
  const backup = db.backups.find((b) => b.id === clone?.mount?.backupId)
  const datastore = db.datastores.find((d) => d.name === clone?.mount?.sourceDatastoreName)
  if (!clone || !backup || !datastore) throw new Error('the seed has no mount')
  return { clone, backup, datastore }
}

/** A datastore of a resource group, with its newest completed primary backup (mounted or not) and hosts. */
export function pickDatastore({ mounted }: { mounted: boolean }) {
  const db = getSimulatorDb()
  const members = new Set(db.resourceGroups.flatMap((group) => group.entities))
  const mountedIds = new Set(db.datastores.flatMap((d) => (d.mount ? [d.mount.backupId] : [])))
  for (const ds of db.datastores) {
    if (ds.mount || (ds.kind !== 'NFS' && ds.kind !== 'VMFS') || !members.has(ds.moref)) continue
    const newest = db.backups
      .filter((b) => b.datastoreMorefs.includes(ds.moref) && b.status === 'COMPLETED' && !b.partial)
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0]
    if (!newest?.primary || newest.secondary || mountedIds.has(newest.id) !== mounted) continue
    const hosts = db.hosts.filter((host) => ds.hostMorefs.includes(host.moref))
    const elsewhere = db.hosts.find((host) => !ds.hostMorefs.includes(host.moref))
    if (hosts[0] && elsewhere) return { datastore: ds, backup: newest, host: hosts[0], elsewhere }
  }
  throw new Error('the seed has no such datastore')
}

/** W11 in order: the three reads and the mount. */
export const W11 = (moref: string, backupId: number) => [
  `GET /api/4.1/datastores/${moref}/backups`,
  `GET /api/4.1/datastores/backups/${backupId}/snapshotlocators`,
  `GET /api/4.1/datastores/${moref}/availableEsxHosts`,
  `POST /api/4.1/datastores/backups/${backupId}/mount`,
]

/** The datastore calls and every write, in order (sign-in left out). */
export function w11Log() {
  return getRequestLog()
    .filter((entry) => entry.path.startsWith('/api/4.1/datastores/') || entry.method !== 'GET')
    .filter((entry) => !entry.path.endsWith('/auth/login'))
    .map((entry) => `${entry.method} ${entry.path}`)
}

/** Types the datastore's name in the wizard's picker and clicks its option. */
export async function chooseDatastore(user: UserEvent, name: string, moref: string) {
  const input = await screen.findByRole('textbox', { name: 'Datastore to mount a backup of' })
  await user.click(input)
  await user.type(input, name)
  const listbox = await screen.findByRole('listbox')
  await user.click(await within(listbox).findByRole('option', { name: new RegExp(`^${name}\\s*${moref}`) }))
}

/** The review heading, once the defaults are in (three reads through the simulator on a busy machine). */
export const reviewHeading = () => screen.findByRole('heading', { name: /Step 5 of 5/ }, { timeout: 30_000 })
