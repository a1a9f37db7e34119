/**
 * The simulator's own records. They hold more than the API shows (links between objects, timestamps in
 * milliseconds) so behaviour can be computed; the handlers' presenters turn them into contract shapes.
 */

export type DatastoreKind = 'NFS' | 'VMFS' | 'FLEXGROUP' | 'VVOL'

export interface HostRecord {
  moref: string
  name: string
  cluster: string
}

export interface DatastoreRecord {
  moref: string
  name: string
  kind: DatastoreKind
  svm: string
  volume: string
  capacityGb: number
  /** Set on datastores the simulator created by mounting a backup. */
  mount?: MountInfo
  hostMorefs: string[]
}

export interface MountInfo {
  backupId: number
  sourceDatastoreName: string
  location: string
  esxHostName: string
  mountedAt: number
}

export interface VmdkRecord {
  /** Datastore path as vCenter writes it: `[ds] vm/vm_1.vmdk`. */
  path: string
  datastoreMoref: string
  sizeGb: number
  controller: string
}

export interface VmRecord {
  moref: string
  uuid: string
  name: string
  hostMoref: string
  template: boolean
  vvol: boolean
  /** A deleted VM exists only in backups; it is looked up by UUID. */
  deleted: boolean
  powerState: 'POWERED_ON' | 'POWERED_OFF' | 'SUSPENDED'
  vmdks: VmdkRecord[]
  /** Disks attached from a backup (attachvmdks). */
  attached: AttachedVmdk[]
}

export interface AttachedVmdk {
  /** Path of the disk in the backup, as vmdklocations lists it. */
  path: string
  backupId: number
  sourceVmMoref: string
  location: string
}

export type StorageKind = 'ONTAP_CLUSTER' | 'ONTAP_SVM'

export interface StorageSystemRecord {
  id: number
  name: string
  displayName: string
  kind: StorageKind
  /** Implicit SVMs came in with their cluster; editing one makes it explicit. */
  implicit: boolean
  clusterName?: string
  protocol: 'HTTPS' | 'HTTP'
  port: number
  username: string | null
  authMethod: 'CREDENTIALS' | 'CERTIFICATE'
  timeoutSeconds: number
  preferredIp: string | null
  ontapVersion: string
  logEventsToSyslog: boolean
  sendAutoSupport: boolean
}

export type Frequency = 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'ON_DEMAND'
export interface LockPeriod {
  value: number
  unit: 'DAYS' | 'MONTHS' | 'YEARS'
}

export interface PolicyRecord {
  id: number
  name: string
  description: string
  frequency: string
  retentionType: 'COUNT' | 'DAYS'
  retentionValue: number
  vmConsistency: boolean
  includeIndependentDisks: boolean
  snapVault: boolean
  snapMirror: boolean
  snapshotLabel: string | null
  lockingPeriod: { primary: LockPeriod | null; secondary: LockPeriod | null } | null
  preScripts: string[]
  postScripts: string[]
}

/** A policy's schedule inside a group; date `YYYY-MM-DD` and time `HH:mm` in the appliance's time zone. */
export interface ScheduleRecord {
  type: string
  every: number
  startDate: string
  startTime: string
}

export interface RgPolicyLink {
  id: number
  schedule: ScheduleRecord | null
}

export type RunStatus = 'SUCCESSFUL' | 'WARNING' | 'FAILED' | 'RUNNING'
export type JobStatus = 'RUNNING' | 'SUCCESSFUL' | 'WARNING' | 'FAILED'

export interface ResourceGroupRecord {
  id: number
  name: string
  description: string
  entityKind: 'VM' | 'DATASTORE'
  entities: string[]
  spanningType: string
  /** Datastores included when spanningType is MANUAL. */
  spanningDatastores: string[]
  policies: RgPolicyLink[]
  notification: string
  email: { from: string; to: string[]; subject?: string } | null
  latestSnapshotName: boolean
  customSnapshotFormat: string | null
  jobStatus: 'PRODUCTION' | 'UNDER_MAINTENANCE'
  lastRunStatus: RunStatus | null
  lastRunTime: number | null
}

export interface BackupRecord {
  id: number
  name: string
  rgId: number
  policyId: number
  createdAt: number
  status: 'COMPLETED' | 'FAILED'
  primary: boolean
  secondary: boolean
  vmConsistent: boolean
  partial: boolean
  vmwareSnapshot: boolean
  primaryLockExpiresAt: number | null
  secondaryLockExpiresAt: number | null
  /** VM morefs (deleted VMs keep theirs; their UUID is on the VM record). Shared between backups: never mutate. */
  vmMorefs: readonly string[]
  /** One storage snapshot per datastore, named like the backup. Shared between backups: never mutate. */
  datastoreMorefs: readonly string[]
  /**
   * SCV still shows the backup as mounted though nothing is listed under `.../mounted` (a clone removed out of
   * band); `/backup/{backup-Id}/cleanup` clears it.
   */
  staleMount?: boolean
}

export type JobType =
  | 'backup'
  | 'restore'
  | 'mountBackup'
  | 'unmountBackup'
  | 'attachVmdk'
  | 'detachVmdk'
  | 'restoreVmdk'
  | 'purgeJobs'
  | 'purgeBackups'
  | 'databaseDump'
  | 'auditVerify'

export interface JobLogLine {
  time: number
  level: 'INFO' | 'WARN' | 'ERROR'
  message: string
}

export interface JobRecord {
  id: number
  type: JobType
  name: string
  status: JobStatus
  startedAt: number
  endedAt: number | null
  rgId: number | null
  policyId: number | null
  backupId: number | null
  /** Jobs started by a request finish by themselves; seeded RUNNING jobs are stuck until failJobs. */
  finishesAt: number | null
  outcome: JobStatus | null
  phases: string[]
  /** Stored lines (failJobs adds one); empty means derived from the job on demand. Replace, never push. */
  logs: readonly JobLogLine[]
  /** What happens to the model when a live job completes successfully. */
  effect: JobEffect | null
}

export type JobEffect =
  | { kind: 'createBackup'; rgId: number; policyId: number; partial: boolean }
  | { kind: 'mount'; backupId: number; sourceDatastoreMoref: string; location: string; esxHostName: string }
  | { kind: 'none' }
  /** `cleanupOf`: a cleanup, which also clears that backup's stale mounted flag. */
  | { kind: 'unmount'; datastoreMorefs: string[]; cleanupOf?: number }
  | {
      kind: 'attach'
      vmMoref: string
      backupId: number
      sourceVmMoref: string
      paths: string[]
      location: string
    }
  | { kind: 'detach'; vmMoref: string; paths: string[] }
  | { kind: 'restore'; vmMoref: string }
  /** Restored disks now live on their destination datastores. */
  | { kind: 'restoreVmdk'; vmMoref: string; moves: Array<{ path: string; datastoreMoref: string }> }

export type AuditIntegrity = 'TAMPERED' | 'NORMAL' | 'ROLLOVER DELETE' | 'UNEXPECTED DELETE' | 'ACTIVE'

export interface AuditFileRecord {
  fileName: string
  integrity: AuditIntegrity
  createdAt: number
  /** When it was last written (rolled files: when they were sealed). */
  modifiedAt: number
  lastVerifiedAt: number | null
  /** The file's lines as written; empty once the file is gone (ROLLOVER DELETE, UNEXPECTED DELETE). */
  lines: string[]
  /** Size in bytes while the file exists, kept when it is gone (the appliance still lists it). */
  sizeBytes: number
  /** Hash recorded when a rolled file was sealed; verification compares the content with it. */
  sealedHash: string | null
}

export interface AuditConfigRecord {
  auditMaxROFiles: number
  auditLogSize: number
  syslogEnabled: boolean
  syslogServerIp: string | null
  syslogServerPort: number | null
  syslogRfcFormat: string | null
  syslogCertificateExpiry: number | null
}

export interface BuiltInScheduleRecord {
  name: string
  cronExpression: string
  description: string
}

export interface TokenRecord {
  token: string
  username: string
  issuedAt: number
  expiresAt: number
}

export interface SimulatorDb {
  vcenter: { name: string; datacenter: string }
  hosts: HostRecord[]
  datastores: DatastoreRecord[]
  vms: VmRecord[]
  storageSystems: StorageSystemRecord[]
  policies: PolicyRecord[]
  resourceGroups: ResourceGroupRecord[]
  backups: BackupRecord[]
  jobs: JobRecord[]
  auditFiles: AuditFileRecord[]
  auditConfig: AuditConfigRecord
  schedules: BuiltInScheduleRecord[]
  configurations: Record<string, string>
  jobCleanup: { jobRetentionDays: number; jobLogRetentionDays: number }
  tokens: Map<string, TokenRecord>
  /** Jobs started by requests that have not finished yet; they settle lazily on the next read. */
  liveJobs: JobRecord[]
  nextId: { storage: number; policy: number; rg: number; backup: number; job: number; datastore: number }
}
