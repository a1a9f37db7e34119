import type { components } from './schema'

/**
 * Names for the schema types pages and models use, so no file re-declares
 * `type X = components['schemas']['X']`. Generated from the contract; add an alias here when a page needs one.
 */
type Schemas = components['schemas']

export type StorageSystem = Schemas['StorageSystem']
export type StorageSystemRequest = Schemas['StorageSystemRequest']
export type StorageProtocol = Schemas['StorageProtocol']
export type StorageAuthenticationMethod = Schemas['StorageAuthenticationMethod']

export type Policy = Schemas['Policy']
export type PolicyRequest = Schemas['PolicyRequest']
export type PolicyListResponse = Schemas['PolicyListResponse']
export type LockPeriod = Schemas['LockPeriod']

export type ResourceGroup = Schemas['ResourceGroup']
export type ResourceGroupRequest = Schemas['ResourceGroupRequest']
export type ResourceGroupListResponse = Schemas['ResourceGroupListResponse']
export type ResourceGroupEntity = Schemas['ResourceGroupEntity']
export type Schedule = Schemas['Schedule']

export type Backup = Schemas['Backup']
export type BackupListResponse = Schemas['BackupListResponse']
export type SnapshotLocationListResponse = Schemas['SnapshotLocationListResponse']
export type EsxHostListResponse = Schemas['EsxHostListResponse']
export type SnapshotLocation = Schemas['SnapshotLocation']
export type EsxHost = Schemas['EsxHost']
export type VmdkLocation = Schemas['VmdkLocation']
export type MountedDatastore = Schemas['MountedDatastore']
export type RestoreVmRequest = Schemas['RestoreVmRequest']

export type Job = Schemas['Job']
export type JobTask = Schemas['JobTask']
export type JobListResponse = Schemas['JobListResponse']

export type ProtectedVm = Schemas['ProtectedVm']
export type UnprotectedVm = Schemas['UnprotectedVm']

export type AuditLogFile = Schemas['AuditLogFile']
export type AuditLogFileDetail = Schemas['AuditLogFileDetail']
export type AuditLogFileDetailResponse = Schemas['AuditLogFileDetailResponse']
export type AuditLogEntry = Schemas['AuditLogEntry']
export type AuditConfig = Schemas['AuditConfig']

export type BuiltInSchedule = Schemas['BuiltInSchedule']
export type JobCleanupConfig = Schemas['JobCleanupConfig']
export type ConfigurationItem = Schemas['ConfigurationItem']
export type VcenterRegistrationRequest = Schemas['VcenterRegistrationRequest']
