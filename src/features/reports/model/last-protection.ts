import type { components } from '../../../api'
import type { ReportIndex } from '../../../lib/jobs/report-index'

type Job = components['schemas']['Job']
type Policy = components['schemas']['Policy']
type ProtectedVm = components['schemas']['ProtectedVm']
type ResourceGroup = components['schemas']['ResourceGroup']
type UnprotectedVm = components['schemas']['UnprotectedVm']

/** Where a policy keeps its backups: on the primary only, or also replicated (SnapVault / SnapMirror). */
export type PolicyLocation = 'PRIMARY' | 'PRIMARY_AND_SECONDARY'

/** The location a policy's backups go to, or null when the policy is not known. */
function locationOfPolicy(policy: Policy | undefined): PolicyLocation | null {
  if (!policy) return null
  return policy.updateSnapVault || policy.updateSnapMirror ? 'PRIMARY_AND_SECONDARY' : 'PRIMARY'
}

/** One object's last protection: its newest backup, that backup's status and where its policy keeps it. */
export interface LastProtectionRow {
  kind: 'vm' | 'datastore'
  moref: string
  name: string
  groupName: string | null
  policyName: string | null
  /** The newest backup's time as the appliance wrote it; null when there is none. */
  lastBackupTime: string | null
  lastBackupMs: number
  status: string | null
  location: PolicyLocation | null
  /** The job that made it (datastores), for a link. */
  jobId: number | null
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, undefined, { numeric: true })

/**
 * Each VM's last protection, from the appliance's two VM reports (together they list every VM it knows): the
 * newest backup's time and status come from the report, the location from the backup's policy.
 */
export function vmLastProtection(
  protectedVms: readonly ProtectedVm[],
  unprotectedVms: readonly UnprotectedVm[],
  policies: readonly Policy[],
): LastProtectionRow[] {
  const policyByName = new Map(policies.map((policy) => [policy.name, policy]))
  const rows: LastProtectionRow[] = []
  for (const vm of protectedVms) {
    rows.push({
      kind: 'vm',
      moref: vm.moref,
      name: vm.name,
      groupName: vm.resourceGroupName ?? null,
      policyName: vm.policyName ?? null,
      lastBackupTime: vm.lastBackupTime ?? null,
      lastBackupMs: vm.lastBackupTime ? Date.parse(vm.lastBackupTime) : Number.NaN,
      status: vm.lastBackupStatus ?? null,
      location: locationOfPolicy(vm.policyName ? policyByName.get(vm.policyName) : undefined),
      jobId: null,
    })
  }
  const seen = new Set(rows.map((row) => row.moref))
  for (const vm of unprotectedVms) {
    if (seen.has(vm.moref)) continue
    rows.push({
      kind: 'vm',
      moref: vm.moref,
      name: vm.name,
      groupName: vm.resourceGroupName ?? null,
      policyName: null,
      lastBackupTime: vm.lastBackupTime ?? null,
      lastBackupMs: vm.lastBackupTime ? Date.parse(vm.lastBackupTime) : Number.NaN,
      status: vm.lastBackupStatus ?? null,
      location: null,
      jobId: null,
    })
  }
  return rows.sort(byName)
}

/**
 * Each datastore's last protection, for the datastores of datastore resource groups: the newest backup job of
 * its groups (its time and status — a failed run shows as the last protection status, as in SCV's report) and
 * where that job's policy keeps the backup. SCV has no datastore report, so this is built from the job list.
 */
export function datastoreLastProtection(
  groups: readonly ResourceGroup[],
  index: ReportIndex,
  policies: readonly Policy[],
): LastProtectionRow[] {
  const policyById = new Map(policies.map((policy) => [policy.id, policy]))
  // The newest backup job of each group (the index lists backups newest first).
  const newest = new Map<number, { job: Job; startMs: number }>()
  for (const i of index.byKind.backup) {
    const job = index.jobs[i] as Job
    if (job.status === 'RUNNING' || typeof job.resourceGroupId !== 'number') continue
    if (!newest.has(job.resourceGroupId))
      newest.set(job.resourceGroupId, { job, startMs: index.startMs[i] as number })
  }
  const rows = new Map<string, LastProtectionRow>()
  for (const group of groups) {
    const latest = newest.get(group.id)
    for (const entity of group.entities ?? []) {
      if (entity.type !== 'DATASTORE') continue
      const current = rows.get(entity.moref)
      if (current && (!latest || latest.startMs <= current.lastBackupMs)) continue
      rows.set(entity.moref, {
        kind: 'datastore',
        moref: entity.moref,
        name: entity.name,
        groupName: group.name,
        policyName: latest?.job.policyName ?? null,
        lastBackupTime: latest?.job.startTime ?? null,
        lastBackupMs: latest?.startMs ?? Number.NaN,
        status: latest ? String(latest.job.status) : null,
        location:
          latest && typeof latest.job.policyId === 'number'
            ? locationOfPolicy(policyById.get(latest.job.policyId))
            : null,
        jobId: latest?.job.id ?? null,
      })
    }
  }
  return [...rows.values()].sort(byName)
}
