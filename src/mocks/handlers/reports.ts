import { HttpResponse } from 'msw'
import { DAY, now } from '../model/clock'
import { getDb } from '../model/db'
import type { BackupRecord, SimulatorDb } from '../model/types'
import { envelope, http, iso, type Schemas } from './http'

/** The dashboard's default window (`dashboard.protected.vm.count.interval`). */
const WINDOW_MS = 7 * DAY

/** Each VM's newest backup, scanning from the newest backup down. */
function latestBackupPerVm(db: SimulatorDb): Map<string, BackupRecord> {
  const latest = new Map<string, BackupRecord>()
  for (let i = db.backups.length - 1; i >= 0; i--) {
    const backup = db.backups[i]
    if (!backup) continue
    for (const moref of backup.vmMorefs) if (!latest.has(moref)) latest.set(moref, backup)
  }
  return latest
}

/** Protected and unprotected VMs over the last 7 days (primary protection only, as SCV reports it). */
export const reportsHandlers = [
  http.get('/4.1/reports/protectedVM', () => {
    const db = getDb()
    const since = now() - WINDOW_MS
    const latest = latestBackupPerVm(db)
    const group = new Map(db.resourceGroups.map((g) => [g.id, g.name]))
    const policy = new Map(db.policies.map((p) => [p.id, p.name]))
    const list: Schemas['ProtectedVm'][] = []
    for (const vm of db.vms) {
      const b = latest.get(vm.moref)
      if (vm.deleted || vm.template || !b || b.createdAt < since) continue
      list.push({
        moref: vm.moref,
        name: vm.name,
        uuid: vm.uuid,
        lastBackupTime: iso(b.createdAt),
        lastBackupStatus: b.partial ? 'WARNING' : 'SUCCESSFUL',
        lastBackupName: b.name,
        resourceGroupId: b.rgId,
        resourceGroupName: group.get(b.rgId) ?? null,
        policyName: policy.get(b.policyId) ?? null,
        isTemplate: vm.template,
        isVvol: vm.vvol,
      })
    }
    const reply: Schemas['ProtectedVmListResponse'] = envelope({ protectedVmResponseList: list })
    return HttpResponse.json(reply)
  }),
  http.get('/4.1/reports/unProtectedVM', () => {
    const db = getDb()
    const since = now() - WINDOW_MS
    const latest = latestBackupPerVm(db)
    const group = new Map(db.resourceGroups.map((g) => [g.id, g.name]))
    const list: Schemas['UnprotectedVm'][] = []
    for (const vm of db.vms) {
      const b = latest.get(vm.moref)
      if (vm.deleted || vm.template || (b && b.createdAt >= since)) continue
      list.push({
        moref: vm.moref,
        name: vm.name,
        uuid: vm.uuid,
        lastBackupTime: iso(b?.createdAt),
        lastBackupStatus: b ? 'SUCCESSFUL' : null,
        resourceGroupName: b ? (group.get(b.rgId) ?? null) : null,
        isTemplate: vm.template,
        isVvol: vm.vvol,
      })
    }
    const reply: Schemas['UnprotectedVmListResponse'] = envelope({ unprotectedVmResponseList: list })
    return HttpResponse.json(reply)
  }),
]
