import { backupStamp, DAY, HOUR, lockDurationMs } from './clock'
import type { Rng } from './prng'
import type {
  BackupRecord,
  BuiltInScheduleRecord,
  Frequency,
  JobRecord,
  JobStatus,
  JobType,
  PolicyRecord,
  ResourceGroupRecord,
  VmRecord,
} from './types'
import type { SeedScale } from './seed-inventory'
import { jobName, phasesFor } from './job-text'
import { seededStop } from './seed-protection'

const HISTORY_DAYS = 60

/** What a resource group covers: the VMs and the datastores its backups contain. */
export interface GroupScope {
  vmMorefs: readonly string[]
  datastoreMorefs: readonly string[]
}

/** Resolves a group's entities to VMs and datastores, honouring its spanning setting. */
export function scopeOfGroup(rg: ResourceGroupRecord, vms: VmRecord[]): GroupScope {
  if (rg.entityKind === 'DATASTORE') {
    const wanted = new Set(rg.entities)
    const vmMorefs = vms
      .filter((vm) => !vm.deleted && vm.vmdks[0] !== undefined && wanted.has(vm.vmdks[0].datastoreMoref))
      .map((vm) => vm.moref)
    return { vmMorefs, datastoreMorefs: [...rg.entities] }
  }
  const members = new Set(rg.entities)
  const datastoreMorefs = new Set<string>()
  for (const vm of vms) {
    if (!members.has(vm.moref)) continue
    // Spanning decides whether disks on other datastores are part of the backup.
    const manual = new Set(rg.spanningDatastores)
    const disks =
      rg.spanningType === 'INCLUDE_ALL'
        ? vm.vmdks
        : vm.vmdks.filter((d, i) => i === 0 || (rg.spanningType === 'MANUAL' && manual.has(d.datastoreMoref)))
    for (const disk of disks) datastoreMorefs.add(disk.datastoreMoref)
  }
  return { vmMorefs: [...rg.entities], datastoreMorefs: [...datastoreMorefs] }
}

const CADENCE: Record<Frequency, { step: number; span: number }> = {
  HOURLY: { step: HOUR, span: 2 * DAY },
  DAILY: { step: DAY, span: HISTORY_DAYS * DAY },
  WEEKLY: { step: 7 * DAY, span: HISTORY_DAYS * DAY },
  MONTHLY: { step: 30 * DAY, span: HISTORY_DAYS * DAY },
  ON_DEMAND: { step: 10 * DAY, span: HISTORY_DAYS * DAY },
}

interface BackupDraft {
  rg: ResourceGroupRecord
  policy: PolicyRecord
  at: number
}

/** Times at which each group was backed up by each of its policies over the last 60 days. */
function plannedBackups(
  groups: ResourceGroupRecord[],
  policies: PolicyRecord[],
  anchor: number,
  scale: SeedScale,
): BackupDraft[] {
  const drafts: BackupDraft[] = []
  const byId = new Map(policies.map((p) => [p.id, p]))
  groups.forEach((rg, gi) => {
    // Seeded gaps: a suspended group stopped taking backups when it was put under maintenance, another's
    // schedule stopped, a third lost one policy's schedule.
    const stopOf = (policy: PolicyRecord) => seededStop(rg.name, policy.id, anchor)
    const linked = rg.policies.map((l) => byId.get(l.id)).filter((p): p is PolicyRecord => p !== undefined)
    if (scale.backups > 0) {
      const perGroup = Math.ceil(scale.backups / groups.length)
      for (let k = 0; k < perGroup; k++) {
        const policy = linked[k % linked.length]
        if (!policy) continue
        // Spread evenly between the start of history and the policy's stop, so a gap keeps the count.
        const stop = stopOf(policy)
        const step = (stop - (anchor - HISTORY_DAYS * DAY)) / perGroup
        drafts.push({ rg, policy, at: Math.floor(stop - k * step - gi * 61_000) })
      }
      return
    }
    for (const policy of linked) {
      const { step, span } = CADENCE[policy.frequency as Frequency] ?? CADENCE.DAILY
      for (let t = stopOf(policy) - (gi + 1) * 120_000; t > anchor - span; t -= step)
        drafts.push({ rg, policy, at: t })
    }
  })
  return drafts
}

/** The seeded backups, oldest first, with ids in creation order. */
export function seedBackups(
  rng: Rng,
  groups: ResourceGroupRecord[],
  policies: PolicyRecord[],
  vms: VmRecord[],
  anchor: number,
  scale: SeedScale,
): BackupRecord[] {
  const deleted = vms.filter((vm) => vm.deleted)
  const vmGroups = groups.filter((g) => g.entityKind === 'VM' && g.jobStatus === 'PRODUCTION')
  // Shared member lists keep 50,000 backups cheap: backups of one group point at the same arrays.
  const scopes = new Map<number, { recent: GroupScope; old: GroupScope }>()
  for (const rg of groups) {
    const recent = scopeOfGroup(rg, vms)
    const gone = deleted.filter((_, i) => vmGroups[i % Math.max(vmGroups.length, 1)]?.id === rg.id)
    const old = gone.length
      ? {
          vmMorefs: [...recent.vmMorefs, ...gone.map((vm) => vm.moref)],
          datastoreMorefs: [
            ...new Set([
              ...recent.datastoreMorefs,
              ...gone.flatMap((vm) => vm.vmdks.map((d) => d.datastoreMoref)),
            ]),
          ],
        }
      : recent
    scopes.set(rg.id, { recent, old })
  }
  const drafts = plannedBackups(groups, policies, anchor, scale).sort((a, b) => a.at - b.at)
  return drafts.map((draft, index) => {
    const { rg, policy, at } = draft
    const scope = scopes.get(rg.id)
    // Deleted VMs were removed from vCenter ten days ago: only older backups contain them.
    const members = scope
      ? at < anchor - 10 * DAY
        ? scope.old
        : scope.recent
      : { vmMorefs: [], datastoreMorefs: [] }
    const age = anchor - at
    const replicated = policy.snapVault || policy.snapMirror
    const vmConsistent = policy.vmConsistency && !rng.chance(0.08)
    const lockMs = lockDurationMs(policy.lockingPeriod?.primary ?? null)
    const name = `${rg.name}_${backupStamp(at)}`
    return {
      id: index + 1,
      name,
      rgId: rg.id,
      policyId: policy.id,
      createdAt: at,
      status: 'COMPLETED',
      // Older vaulted backups have aged out of primary retention and remain only on the secondary.
      primary: !(replicated && age > 30 * DAY),
      secondary: replicated,
      vmConsistent,
      partial: rg.entityKind === 'VM' && rng.chance(0.05),
      vmwareSnapshot: vmConsistent,
      primaryLockExpiresAt: lockMs ? at + lockMs : null,
      secondaryLockExpiresAt: null,
      vmMorefs: members.vmMorefs,
      datastoreMorefs: members.datastoreMorefs,
    }
  })
}

const NO_LOGS: readonly never[] = Object.freeze([])

/** A finished seeded job; ids are given after sorting by start time. */
function seededJob(
  type: JobType,
  name: string,
  status: JobStatus,
  startedAt: number,
  durationMs: number,
  rgId: number | null,
  policyId: number | null,
  backupId: number | null,
): JobRecord {
  return {
    id: 0,
    type,
    name,
    status,
    startedAt,
    endedAt: startedAt + durationMs,
    rgId,
    policyId,
    backupId,
    finishesAt: null,
    outcome: status,
    phases: phasesFor(type),
    logs: NO_LOGS,
    effect: null,
  }
}

const OTHER_TYPES: JobType[] = [
  'restore',
  'mountBackup',
  'unmountBackup',
  'attachVmdk',
  'detachVmdk',
  'restoreVmdk',
]

/**
 * Thousands of jobs of every type and status: one backup job per backup, failed runs that left no backup, the
 * appliance's housekeeping jobs and user-started restores and mounts. A few are stuck RUNNING for failJobs.
 */
export function seedJobs(
  rng: Rng,
  backups: BackupRecord[],
  groups: ResourceGroupRecord[],
  policies: PolicyRecord[],
  vms: VmRecord[],
  anchor: number,
  scale: SeedScale,
): JobRecord[] {
  const jobs: JobRecord[] = []
  const rgById = new Map(groups.map((g) => [g.id, g]))
  const policyById = new Map(policies.map((p) => [p.id, p]))
  // One name string per group and policy: 50,000 backup jobs share a handful of strings.
  const names = new Map<string, string>()
  for (const b of backups) {
    const policy = policyById.get(b.policyId)
    const key = `${b.rgId}/${b.policyId}`
    let name = names.get(key)
    if (name === undefined) {
      name = jobName('backup', rgById.get(b.rgId)?.name ?? '?', policy?.name ?? '?')
      names.set(key, name)
    }
    const warning = b.partial || (policy?.vmConsistency === true && !b.vmConsistent)
    const started = b.createdAt - rng.int(20, 180) * 1000
    const status = warning ? 'WARNING' : 'SUCCESSFUL'
    jobs.push(seededJob('backup', name, status, started, rng.int(40, 600) * 1000, b.rgId, b.policyId, b.id))
    // Roughly one run in thirty failed and produced no backup.
    if (rng.chance(0.035)) {
      const failedAt = b.createdAt - 30 * 60_000
      jobs.push(
        seededJob('backup', name, 'FAILED', failedAt, rng.int(10, 120) * 1000, b.rgId, b.policyId, null),
      )
    }
  }
  const housekeeping: Array<[JobType, number]> = [
    ['purgeJobs', 6 * HOUR],
    ['purgeBackups', DAY],
    ['databaseDump', DAY],
  ]
  for (const [type, step] of housekeeping) {
    for (let t = anchor - step + 8 * 60_000; t > anchor - HISTORY_DAYS * DAY; t -= step) {
      jobs.push(seededJob(type, jobName(type), 'SUCCESSFUL', t, 15_000, null, null, null))
    }
  }
  const live = vms.filter((vm) => !vm.deleted && !vm.template)
  const target = scale.jobs > 0 ? scale.jobs - jobs.length : 1200
  for (let i = 0; i < target && backups.length > 0; i++) {
    const type = rng.pick(OTHER_TYPES)
    const backup = rng.pick(backups)
    const vm = rng.pick(live)
    const roll = rng.next()
    const status: JobStatus = roll < 0.8 ? 'SUCCESSFUL' : roll < 0.9 ? 'WARNING' : 'FAILED'
    const started = anchor - Math.floor(rng.next() * HISTORY_DAYS * DAY)
    jobs.push(
      seededJob(
        type,
        jobName(type, vm.name, backup.name),
        status,
        started,
        rng.int(30, 900) * 1000,
        backup.rgId,
        backup.policyId,
        backup.id,
      ),
    )
  }
  jobs.sort((a, b) => a.startedAt - b.startedAt)
  jobs.forEach((job, index) => {
    job.id = index + 1
  })
  // Jobs stuck in RUNNING for days: the situation failJobs exists for (W14).
  const stuck: Array<[JobType, string]> = [
    ['backup', jobName('backup', groups[1]?.name ?? 'RG', policies[0]?.name ?? 'policy')],
    ['restore', jobName('restore', live[3]?.name ?? 'vm', 'stale backup')],
    ['mountBackup', jobName('mountBackup', 'nfs_ds02', backups[0]?.name ?? 'backup')],
  ]
  stuck.forEach(([type, name], i) => {
    jobs.push({
      id: jobs.length + 1,
      type,
      name,
      status: 'RUNNING',
      startedAt: anchor - (i + 1) * DAY - 3 * HOUR,
      endedAt: null,
      rgId: type === 'backup' ? (groups[1]?.id ?? null) : null,
      policyId: type === 'backup' ? (policies[0]?.id ?? null) : null,
      backupId: null,
      finishesAt: null,
      outcome: null,
      phases: phasesFor(type),
      logs: [],
      effect: null,
    })
  })
  return jobs
}

/** The five built-in schedules and their default cron expressions. */
export function seedBuiltInSchedules(): BuiltInScheduleRecord[] {
  return [
    {
      name: 'Schedule-DatabaseDump',
      cronExpression: '0 0 1 * * ?',
      description: 'MySQL dump of the plug-in database',
    },
    { name: 'Schedule-PurgeBackups', cronExpression: '0 30 0 * * ?', description: 'Removes expired backups' },
    {
      name: 'Schedule-AsupDataCollection',
      cronExpression: '0 0 3 ? * SUN',
      description: 'AutoSupport data collection',
    },
    {
      name: 'Schedule-ComputeStorageSaving',
      cronExpression: '0 8 1 * * ?',
      description: 'Storage savings for the dashboard',
    },
    {
      name: 'Schedule-PurgeJobs',
      cronExpression: '0 0 0/6 * * ?',
      description: 'Purges jobs older than 90 days',
    },
  ]
}
