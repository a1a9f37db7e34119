import { DAY } from './clock'
import type { Rng } from './prng'
import type {
  DatastoreRecord,
  Frequency,
  PolicyRecord,
  ResourceGroupRecord,
  ScheduleRecord,
  StorageSystemRecord,
  VmRecord,
} from './types'

/** Two ONTAP clusters with implicit and explicit SVMs, and one SVM added on its own. */
export function seedStorageSystems(): StorageSystemRecord[] {
  const base = {
    protocol: 'HTTPS' as const,
    port: 443,
    authMethod: 'CREDENTIALS' as const,
    timeoutSeconds: 60,
    preferredIp: null,
    logEventsToSyslog: false,
    sendAutoSupport: true,
  }
  const cluster = (id: number, name: string, version: string): StorageSystemRecord => ({
    ...base,
    id,
    name: `${name}.demo.local`,
    displayName: name,
    kind: 'ONTAP_CLUSTER',
    implicit: false,
    username: 'admin',
    ontapVersion: version,
  })
  const svm = (
    id: number,
    name: string,
    clusterName: string | undefined,
    implicit: boolean,
  ): StorageSystemRecord => ({
    ...base,
    id,
    name,
    displayName: name,
    kind: 'ONTAP_SVM',
    implicit,
    clusterName,
    // The storage list shows "-" for implicit SVMs: they use the cluster's credentials.
    username: implicit ? null : 'vsadmin',
    ontapVersion: clusterName === 'ontap-c2' ? '9.11.1' : '9.14.1',
  })
  return [
    cluster(1, 'ontap-c1', '9.14.1'),
    svm(2, 'svm_nfs_prod', 'ontap-c1', false),
    svm(3, 'svm_san_prod', 'ontap-c1', true),
    svm(4, 'svm_vvol', 'ontap-c1', true),
    cluster(5, 'ontap-c2', '9.11.1'),
    svm(6, 'svm_nfs_dev', 'ontap-c2', true),
    svm(7, 'svm_vault_dr', 'ontap-c2', false),
    { ...svm(8, 'svm_standalone', undefined, false), timeoutSeconds: 180, preferredIp: '10.20.30.40' },
  ]
}

/** Six policies covering every frequency, SnapVault, SnapMirror and snapshot locking; one is unused. */
export function seedPolicies(): PolicyRecord[] {
  const base = {
    description: '',
    retentionType: 'COUNT' as const,
    vmConsistency: false,
    includeIndependentDisks: false,
    snapVault: false,
    snapMirror: false,
    snapshotLabel: null,
    lockingPeriod: null,
    preScripts: [],
    postScripts: [],
  }
  return [
    {
      ...base,
      id: 1,
      name: 'Hourly_Primary',
      description: 'Crash-consistent hourly copies',
      frequency: 'HOURLY',
      retentionValue: 48,
    },
    {
      ...base,
      id: 2,
      name: 'Daily_SnapVault',
      description: 'Daily with vault to DR',
      frequency: 'DAILY',
      retentionValue: 30,
      snapVault: true,
      snapshotLabel: 'daily',
    },
    {
      ...base,
      id: 3,
      name: 'Weekly_SnapMirror',
      frequency: 'WEEKLY',
      retentionValue: 8,
      snapMirror: true,
      snapshotLabel: 'weekly',
    },
    {
      ...base,
      id: 4,
      name: 'Monthly_Locked',
      description: 'Tamper-proof monthly snapshots',
      frequency: 'MONTHLY',
      retentionValue: 12,
      lockingPeriod: { primary: { value: 90, unit: 'DAYS' }, secondary: null },
    },
    {
      ...base,
      id: 5,
      name: 'Daily_VM_Consistent',
      frequency: 'DAILY',
      retentionValue: 14,
      vmConsistency: true,
      includeIndependentDisks: true,
      preScripts: ['/opt/netapp/scripts/quiesce_db.sh'],
    },
    {
      ...base,
      id: 6,
      name: 'Weekly_Archive_Unused',
      frequency: 'WEEKLY',
      retentionType: 'DAYS',
      retentionValue: 180,
    },
  ]
}

const SCHEDULES: Record<Frequency, ScheduleRecord> = {
  HOURLY: { type: 'HOURLY', every: 1, startDate: '2026-01-01', startTime: '00:05' },
  DAILY: { type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: '01:00' },
  WEEKLY: { type: 'WEEKLY', every: 1, startDate: '2026-01-04', startTime: '02:00' },
  MONTHLY: { type: 'MONTHLY', every: 1, startDate: '2026-01-01', startTime: '03:00' },
  ON_DEMAND: { type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: '04:00' },
}

/** The default schedule the simulator gives a policy attached to a group without one. */
export function defaultSchedule(frequency: string): ScheduleRecord {
  const known = SCHEDULES[frequency as Frequency] as ScheduleRecord | undefined
  return { ...(known ?? SCHEDULES.DAILY) }
}

interface GroupPlan {
  name: string
  kind: 'VM' | 'DATASTORE'
  policyIds: number[]
  pick: (vms: VmRecord[], ds: DatastoreRecord[]) => string[]
  notification?: ResourceGroupRecord['notification']
  spanning?: ResourceGroupRecord['spanningType']
  suspended?: boolean
}

/**
 * Protection gaps the seed builds in, so "overdue protection" has real cases to find (none of them has a
 * failed job to give it away): backups of a group — or of one of its policies — stopped `daysAgo` days before
 * the seed's anchor. `policyId` limits the gap to that policy, whose schedule in the group was deleted.
 */
export interface SeededGap {
  daysAgo: number
  policyId?: number
  why: 'suspended' | 'scheduleStopped' | 'scheduleDeleted'
}

export const SEEDED_GAPS: Readonly<Record<string, SeededGap>> = {
  // Put under maintenance ten days ago: its weekly policy is now overdue.
  RG_Build_Farm: { daysAgo: 10, why: 'suspended' },
  // Still in production, but its daily schedule has not started a job for three days.
  RG_SQL_Cluster: { daysAgo: 3, why: 'scheduleStopped' },
  // The weekly policy's schedule was removed from the group twenty days ago; the daily one still runs.
  RG_Mixed_Legacy: { daysAgo: 20, policyId: 3, why: 'scheduleDeleted' },
}

/** The time after which the seed takes no backup of `groupName` with `policyId` (the anchor when none). */
export function seededStop(groupName: string, policyId: number, anchor: number): number {
  const gap = SEEDED_GAPS[groupName]
  if (!gap || (gap.policyId !== undefined && gap.policyId !== policyId)) return anchor
  return anchor - gap.daysAgo * DAY
}

const vmSlice =
  (from: number, to: number, filter: (vm: VmRecord) => boolean = () => true) =>
  (vms: VmRecord[]) =>
    vms
      .filter((vm) => !vm.template && !vm.vvol && !vm.deleted && filter(vm))
      .slice(from, to)
      .map((vm) => vm.moref)
const dsOf =
  (kind: DatastoreRecord['kind'], from: number, to: number) => (_: VmRecord[], ds: DatastoreRecord[]) =>
    ds
      .filter((d) => d.kind === kind)
      .slice(from, to)
      .map((d) => d.moref)

const GROUPS: GroupPlan[] = [
  {
    name: 'RG_Finance_DB',
    kind: 'VM',
    policyIds: [1, 2],
    pick: vmSlice(0, 12),
    notification: 'ERROR_OR_WARNING',
  },
  { name: 'RG_Web_Tier', kind: 'VM', policyIds: [1], pick: vmSlice(12, 40), spanning: 'INCLUDE_ALL' },
  { name: 'RG_Exchange', kind: 'VM', policyIds: [5], pick: vmSlice(40, 55), notification: 'ALWAYS' },
  { name: 'RG_Oracle_Fin', kind: 'VM', policyIds: [2, 4], pick: vmSlice(55, 70), notification: 'ERROR' },
  { name: 'RG_Build_Farm', kind: 'VM', policyIds: [3], pick: vmSlice(70, 100), suspended: true },
  { name: 'RG_K8s_Workers', kind: 'VM', policyIds: [1, 3], pick: vmSlice(100, 130) },
  { name: 'RG_SQL_Cluster', kind: 'VM', policyIds: [2], pick: vmSlice(150, 165) },
  {
    name: 'RG_vVol_Apps',
    kind: 'VM',
    policyIds: [5],
    pick: (vms) => vms.filter((vm) => vm.vvol).map((vm) => vm.moref),
  },
  { name: 'RG_NFS_Prod', kind: 'DATASTORE', policyIds: [1, 2], pick: dsOf('NFS', 0, 4) },
  { name: 'RG_NFS_Dev', kind: 'DATASTORE', policyIds: [2], pick: dsOf('NFS', 4, 8), notification: 'ERROR' },
  {
    name: 'RG_VMFS_Tier1',
    kind: 'DATASTORE',
    policyIds: [1, 3],
    pick: dsOf('VMFS', 0, 3),
    spanning: 'INCLUDE_ALL',
  },
  { name: 'RG_VMFS_Tier2', kind: 'DATASTORE', policyIds: [2], pick: dsOf('VMFS', 3, 6) },
  { name: 'RG_FlexGroup_Data', kind: 'DATASTORE', policyIds: [2], pick: dsOf('FLEXGROUP', 0, 1) },
  {
    name: 'RG_Monthly_Compliance',
    kind: 'DATASTORE',
    policyIds: [4],
    pick: dsOf('NFS', 8, 10),
    notification: 'ALWAYS',
  },
  { name: 'RG_Mixed_Legacy', kind: 'VM', policyIds: [2, 3], pick: vmSlice(130, 150), spanning: 'MANUAL' },
]

/** 15 resource groups, VM- and datastore-based, one suspended, with varied notification and spanning settings. */
export function seedResourceGroups(
  rng: Rng,
  vms: VmRecord[],
  datastores: DatastoreRecord[],
  policies: PolicyRecord[],
): ResourceGroupRecord[] {
  return GROUPS.map((plan, index) => {
    const notification = plan.notification ?? 'NEVER'
    return {
      id: index + 1,
      name: plan.name,
      description: `${plan.kind === 'VM' ? 'VM' : 'Datastore'} protection for ${plan.name.slice(3).replace(/_/g, ' ')}`,
      entityKind: plan.kind,
      entities: plan.pick(vms, datastores),
      spanningType: plan.spanning ?? (plan.kind === 'VM' ? 'INCLUDE_ALL' : 'EXCLUDE_ALL'),
      spanningDatastores: [],
      policies: plan.policyIds.map((id) => {
        const policy = policies.find((p) => p.id === id)
        const deleted = SEEDED_GAPS[plan.name]?.policyId === id
        return { id, schedule: deleted ? null : defaultSchedule(policy?.frequency ?? 'DAILY') }
      }),
      notification,
      email:
        notification === 'NEVER'
          ? null
          : {
              from: 'scv@demo.local',
              to: ['backup-team@demo.local', 'ops@demo.local'],
              subject: `SCV ${plan.name}`,
            },
      latestSnapshotName: rng.chance(0.3),
      customSnapshotFormat: index % 5 === 0 ? '$ResourceGroup_$Policy_$CustomText' : null,
      jobStatus: plan.suspended ? 'UNDER_MAINTENANCE' : 'PRODUCTION',
      lastRunStatus: null,
      lastRunTime: null,
    }
  })
}
