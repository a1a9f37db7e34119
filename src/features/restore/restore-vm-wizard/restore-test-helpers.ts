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
