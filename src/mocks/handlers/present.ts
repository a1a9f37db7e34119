import { failureReasonOf } from '../model/failure-reasons'
import { currentPhaseIndex } from '../model/job-text'
import type {
  BackupRecord,
  DatastoreRecord,
  JobRecord,
  PolicyRecord,
  ResourceGroupRecord,
  SimulatorDb,
  StorageSystemRecord,
  VmRecord,
  VmdkRecord,
} from '../model/types'
import { backupById, esxHostsFor, snapshotLocations } from '../model/inventory'
import { envelope, idParam, iso, type Schemas } from './http'

/** Contract shape of a storage system. */
export function presentStorageSystem(db: SimulatorDb, s: StorageSystemRecord): Schemas['StorageSystem'] {
  return {
    name: s.name,
    displayName: s.displayName,
    type: s.kind,
    clusterName: s.clusterName ?? null,
    implicit: s.implicit,
    protocol: s.protocol,
    port: s.port,
    username: s.username,
    authenticationMethod: s.authMethod,
    timeout: s.timeoutSeconds,
    preferredIp: s.preferredIp,
    logEventsToSyslog: s.logEventsToSyslog,
    sendAsupOnFailure: s.sendAutoSupport,
    svmCount:
      s.kind === 'ONTAP_CLUSTER'
        ? db.storageSystems.filter((x) => x.clusterName === s.displayName).length
        : 0,
  }
}

/** Contract shape of a policy. */
export function presentPolicy(p: PolicyRecord): Schemas['Policy'] {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    frequency: p.frequency,
    retention: { type: p.retentionType, value: p.retentionValue },
    lockingPeriod: p.lockingPeriod,
    updateSnapMirror: p.snapMirror,
    updateSnapVault: p.snapVault,
    snapshotLabel: p.snapshotLabel,
    vmConsistency: p.vmConsistency,
    includeIndependentDisks: p.includeIndependentDisks,
    preScripts: p.preScripts,
    postScripts: p.postScripts,
  }
}

const HOUR = 3_600_000
const EVERY_MS: Record<string, number> = {
  HOURLY: HOUR,
  DAILY: 24 * HOUR,
  WEEKLY: 7 * 24 * HOUR,
  MONTHLY: 30 * 24 * HOUR,
}

/** Contract shape of a resource group, with entity names resolved and the next scheduled run estimated. */
export function presentResourceGroup(
  db: SimulatorDb,
  g: ResourceGroupRecord,
  at: number,
): Schemas['ResourceGroup'] {
  const entities = g.entities.map((moref): Schemas['ResourceGroupEntity'] => {
    const vm = db.vms.find((v) => v.moref === moref)
    if (vm)
      return { moref, name: vm.name, type: 'VM', uuid: vm.uuid, isTemplate: vm.template, isVvol: vm.vvol }
    const ds = db.datastores.find((d) => d.moref === moref)
    return { moref, name: ds?.name ?? moref, type: 'DATASTORE', uuid: null, datastoreType: ds?.kind ?? null }
  })
  const policies = g.policies.map((link): Schemas['ResourceGroupPolicy'] => {
    const policy = db.policies.find((p) => p.id === link.id)
    return {
      id: link.id,
      name: policy?.name ?? '',
      frequency: policy?.frequency ?? 'DAILY',
      schedule: link.schedule,
    }
  })
  const steps = g.policies.map((l) =>
    l.schedule ? (EVERY_MS[l.schedule.type] ?? 24 * HOUR) * l.schedule.every : 0,
  )
  const step = Math.min(...steps.filter((s) => s > 0))
  const nextRun =
    g.jobStatus === 'PRODUCTION' && Number.isFinite(step) ? Math.ceil(at / step) * step + 5 * 60_000 : null
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    status: g.jobStatus,
    scope: g.entityKind === 'VM' ? 'VIRTUAL_MACHINES' : 'DATASTORES',
    entities,
    policies,
    spanningDatastores: { spanningType: g.spanningType, datastores: g.spanningDatastores },
    notification: g.notification,
    emailSettings: g.email,
    snapshotNameFormat: g.customSnapshotFormat,
    useLatestSnapshotName: g.latestSnapshotName,
    secondaryProtection: null,
    lastRunStatus: g.lastRunStatus,
    lastRunTime: iso(g.lastRunTime),
    nextRunTime: iso(nextRun),
  }
}

/** Lookup tables a list presenter needs, built once per request rather than once per item. */
export interface Lookups {
  vmByMoref: Map<string, VmRecord>
  dsByMoref: Map<string, DatastoreRecord>
  groupName: Map<number, string>
  policyName: Map<number, string>
  mountedBackups: Set<number>
}

/** Builds the lookups for {@link presentBackup} and {@link presentJob}. */
export function lookups(db: SimulatorDb): Lookups {
  return {
    vmByMoref: new Map(db.vms.map((v) => [v.moref, v])),
    dsByMoref: new Map(db.datastores.map((d) => [d.moref, d])),
    groupName: new Map(db.resourceGroups.map((g) => [g.id, g.name])),
    policyName: new Map(db.policies.map((p) => [p.id, p.name])),
    mountedBackups: new Set([
      ...db.datastores.flatMap((d) => (d.mount ? [d.mount.backupId] : [])),
      ...db.backups.flatMap((b) => (b.staleMount ? [b.id] : [])),
    ]),
  }
}

/** Contract shape of a backup; `withVms` lists the VMs too (datastore backups: the way to deleted VMs). */
export function presentBackup(b: BackupRecord, l: Lookups, withVms: boolean): Schemas['Backup'] {
  const entities: Schemas['BackupEntity'][] = b.datastoreMorefs.map((moref) => ({
    moref,
    name: l.dsByMoref.get(moref)?.name ?? moref,
    type: 'DATASTORE',
    uuid: null,
    deleted: false,
    datastoreType: l.dsByMoref.get(moref)?.kind ?? null,
  }))
  if (withVms) {
    for (const moref of b.vmMorefs) {
      const vm = l.vmByMoref.get(moref)
      entities.push({
        moref,
        name: vm?.name ?? moref,
        type: 'VM',
        uuid: vm?.uuid ?? null,
        deleted: vm?.deleted ?? true,
        isTemplate: vm?.template ?? false,
        isVvol: vm?.vvol ?? false,
      })
    }
  }
  return {
    backupId: b.id,
    backupName: b.name,
    createdTime: new Date(b.createdAt).toISOString(),
    status: b.status,
    locations: b.primary && b.secondary ? 'PRIMARY_AND_SECONDARY' : b.secondary ? 'SECONDARY' : 'PRIMARY',
    vmConsistent: b.vmConsistent,
    partial: b.partial,
    mounted: l.mountedBackups.has(b.id),
    hasVmwareSnapshot: b.vmwareSnapshot,
    policyId: b.policyId,
    policyName: l.policyName.get(b.policyId) ?? null,
    resourceGroupId: b.rgId,
    resourceGroupName: l.groupName.get(b.rgId) ?? null,
    primaryLockExpiry: iso(b.primaryLockExpiresAt),
    secondaryLockExpiry: iso(b.secondaryLockExpiresAt),
    entities,
  }
}

/** Progress of a job in percent, from its timestamps (stuck jobs sit where they hung). */
function progressOf(job: JobRecord, at: number): number {
  if (job.status !== 'RUNNING') return 100
  if (job.finishesAt === null) return 60
  const fraction = (at - job.startedAt) / Math.max(job.finishesAt - job.startedAt, 1)
  return Math.max(1, Math.min(99, Math.floor(fraction * 100)))
}

/** The VM a restore, attach or detach started through the API works on (`objectMoref`; seeded history has none). */
function jobObject(
  job: JobRecord,
  l: Lookups,
): Pick<Schemas['Job'], 'objectType' | 'objectMoref' | 'objectName'> {
  const effect = job.effect
  if (!effect || (effect.kind !== 'attach' && effect.kind !== 'detach' && effect.kind !== 'restore'))
    return {}
  return {
    objectType: 'VM',
    objectMoref: effect.vmMoref,
    objectName: l.vmByMoref.get(effect.vmMoref)?.name ?? null,
  }
}

/** Contract shape of a job; `withTasks` adds the phase list (job details). */
export function presentJob(job: JobRecord, l: Lookups, at: number, withTasks: boolean): Schemas['Job'] {
  const phaseIndex = job.status === 'RUNNING' ? currentPhaseIndex(job, at) : job.phases.length - 1
  const result: Schemas['Job'] = {
    id: job.id,
    name: job.name,
    type: job.type,
    status: job.status,
    startTime: new Date(job.startedAt).toISOString(),
    endTime: iso(job.endedAt),
    progress: progressOf(job, at),
    phase: job.status === 'RUNNING' ? (job.phases[phaseIndex] ?? null) : null,
    failureReason: failureReasonOf(job),
    resourceGroupId: job.rgId,
    resourceGroupName: job.rgId === null ? null : (l.groupName.get(job.rgId) ?? null),
    policyId: job.policyId,
    policyName: job.policyId === null ? null : (l.policyName.get(job.policyId) ?? null),
    backupId: job.backupId,
    ...jobObject(job, l),
  }
  if (withTasks) {
    const span = Math.max((job.endedAt ?? job.finishesAt ?? at) - job.startedAt, 1)
    const slice = span / Math.max(job.phases.length, 1)
    const reached = job.status === 'RUNNING' ? phaseIndex + 1 : job.phases.length
    result.tasks = job.phases.slice(0, reached).map((name, i): Schemas['JobTask'] => {
      const running = job.status === 'RUNNING' && i === phaseIndex
      const last = i === job.phases.length - 1
      return {
        name,
        status: running ? 'RUNNING' : last ? job.status : 'SUCCESSFUL',
        startTime: iso(job.startedAt + Math.floor(slice * i)),
        endTime: running ? null : iso(job.startedAt + Math.floor(slice * (i + 1))),
        message: null,
      }
    })
  }
  return result
}

/** Contract shape of one disk in `vmdkLocationsList`. */
export function presentVmdk(
  db: SimulatorDb,
  vmdk: VmdkRecord,
  index: number,
  location: { location: string; locationType: 'PRIMARY' | 'SECONDARY' } | null,
): Schemas['VmdkLocation'] {
  const ds = db.datastores.find((d) => d.moref === vmdk.datastoreMoref)
  return {
    vmdkPath: vmdk.path,
    diskName: `Hard disk ${index + 1}`,
    datastore: ds?.name ?? vmdk.datastoreMoref,
    capacityBytes: vmdk.sizeGb * 1024 ** 3,
    ...(location ?? {}),
  }
}

/**
 * The ESXi hosts a restore or mount can use, those in the clusters of `near` first (the wizard's default);
 * `isCurrent` marks the host the object is on now.
 */
export function esxHostsReply(
  db: SimulatorDb,
  near: readonly string[],
  isCurrent: (hostMoref: string) => boolean,
): Schemas['EsxHostListResponse'] {
  return envelope({
    availableEsxHostsList: esxHostsFor(db, near).map((h) => ({
      name: h.name,
      moref: h.moref,
      clusterName: h.cluster,
      isCurrentHost: isCurrent(h.moref),
    })),
  })
}

/** Where a backup's snapshots are (the VM and datastore endpoints answer the same). */
export function snapshotLocationsReply(
  db: SimulatorDb,
  backupId: string | readonly string[] | undefined,
): Schemas['SnapshotLocationListResponse'] {
  return envelope({
    snapshotLocationsList: snapshotLocations(db, backupById(db, idParam(backupId, 'Backup'))),
  })
}
