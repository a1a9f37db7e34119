/**
 * The SCV REST endpoint catalogue (docs/scv-api.md §2, numbers 1–47) kept as data, with paths spelled exactly as the
 * documentation writes them (typos, missing leading slashes and `{uuid}` templates included). The contract test
 * finds each entry in `scv-api.yaml`; keep the two in step when the reference changes.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * How the method is known: `P` seen on a live appliance (public script), `D` stated in the documentation,
 * `I` inferred (the documentation gives the path but no method, or hesitates between two).
 */
export type MethodEvidence = 'P' | 'D' | 'I'

/** Where the endpoint is written: the current documentation, or only its git history (drafts, later removed). */
export type EndpointSource = 'DOC' | 'DOC-HIST'

export interface DocumentedEndpoint {
  /** Number in the reference catalogue; an entry the documentation writes two ways appears twice. */
  number: number
  method: HttpMethod
  /** As the documentation writes it. */
  path: string
  /** The documented operation name, or null where the documentation names none. */
  operationName: string | null
  methodEvidence: MethodEvidence
  source: EndpointSource
}

export const documentedEndpoints: readonly DocumentedEndpoint[] = [
  // Auth
  {
    number: 1,
    method: 'post',
    path: '/4.1/auth/login',
    operationName: null,
    methodEvidence: 'P',
    source: 'DOC',
  },

  // Storage systems
  {
    number: 2,
    method: 'get',
    path: '/4.1/storage-system',
    operationName: 'getSvmAll',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 3,
    method: 'post',
    path: '/4.1/storage-system',
    operationName: 'Add Storage System',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 4,
    method: 'put',
    path: '/4.1/storage-system',
    operationName: 'Modify Storage System',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 5,
    method: 'patch',
    path: '/4.1/storage-system',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC',
  },

  // Policies
  {
    number: 6,
    method: 'get',
    path: '/4.1/policies',
    operationName: 'Get Policies',
    methodEvidence: 'P',
    source: 'DOC',
  },
  {
    number: 7,
    method: 'post',
    path: '/4.1/policies',
    operationName: 'Create Policy',
    methodEvidence: 'I',
    source: 'DOC',
  },

  // Resource groups
  {
    number: 8,
    method: 'get',
    path: '/4.1/resource-groups',
    operationName: 'Get List of Resource Groups',
    methodEvidence: 'P',
    source: 'DOC',
  },
  {
    number: 9,
    method: 'post',
    path: '/4.1/resource-groups',
    operationName: 'Create a Resource Group',
    methodEvidence: 'P',
    source: 'DOC',
  },
  {
    number: 10,
    method: 'put',
    path: '/4.1/resource-groups/{resouceGroupId}',
    operationName: 'Update a Resource Group',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 11,
    method: 'post',
    path: '/4.1/resource-groups/backupnow',
    operationName: 'Run a backup on a Resource Group',
    methodEvidence: 'P',
    source: 'DOC',
  },

  // VM backups and restore
  {
    number: 12,
    method: 'get',
    path: '/4.1/vm/{moref}/backups',
    operationName: 'Get VM Backups',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 12,
    method: 'get',
    path: '/4.1/vm/{uuid}/backups',
    operationName: 'Get VM Backups',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 13,
    method: 'get',
    path: '/4.1/vm/backups/{backupId}/snapshotlocations',
    operationName: 'Get snapshot locations',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 14,
    method: 'get',
    path: '/4.1/vm/{moref}/backups/availableesxhosts',
    operationName: 'Get available ESX Hosts',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 15,
    method: 'post',
    path: '/4.1/vm/{moref}/backups/{backupId}/restore',
    operationName: 'Restore a VM from a backup',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 16,
    method: 'post',
    path: '/4.1/vm/{uuid}/backups/{backupId}/restore',
    operationName: 'Restore VM from a backup using uuid or restore a deleted VM',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 17,
    method: 'get',
    path: '/4.1/vm/{moref}/backups/vmdklocations',
    operationName: 'Get Vmdk Locations',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 17,
    method: 'get',
    path: '/4.1/vm/{moref}/backups/{backupId}/vmdklocations',
    operationName: 'Get VMDK Locations',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 18,
    method: 'get',
    path: '/4.1/vm/{ moref}/backups/{backupId}/availabledatastores',
    operationName: 'Get Available Datastores',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 19,
    method: 'post',
    path: '/4.1/vm/{moref}/backups/{backupId}/restorevmdks',
    operationName: 'Restore a VMDK from a backup',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 20,
    method: 'post',
    path: '/4.1/vm/{moref}/attachvmdks',
    operationName: 'Attach VMDKs',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 21,
    method: 'post',
    path: '/4.1/vm/{moref}/detachvmdks',
    operationName: 'Detach VMDKs',
    methodEvidence: 'I',
    source: 'DOC',
  },

  // Datastore backups and mounts
  {
    number: 22,
    method: 'get',
    path: '/4.1/datastores/{moref}/backups',
    operationName: 'Get the list of backups for a datastore',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 23,
    method: 'get',
    path: '/4.1/datastores/backups/{backupId}/snapshotlocators',
    operationName: 'Get the list of Snapshot Locations',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 24,
    method: 'get',
    path: '/4.1/datastores/{moref}/availableEsxHosts',
    operationName: 'Get the list of Available Esxi Hosts',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 25,
    method: 'post',
    path: '/4.1/datastores/backups/{backupId}/mount',
    operationName: 'Mount datastores for a backup',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 26,
    method: 'get',
    path: '/4.1/datastores/backups/{backupId}/mounted',
    operationName: 'Get the list of mounted datastores',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 27,
    method: 'post',
    path: '/4.1/datastores/unmount',
    operationName: 'UnMount datastores for a backup',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 28,
    method: 'post',
    path: '/backup/{backup-Id}/cleanup',
    operationName: null,
    methodEvidence: 'I',
    source: 'DOC',
  },

  // Jobs
  {
    number: 29,
    method: 'get',
    path: '/4.1/jobs',
    operationName: 'Get all jobs',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 30,
    method: 'get',
    path: '/4.1/jobs/{id}',
    operationName: 'Get job details',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 31,
    method: 'get',
    path: '/4.1/jobs/{id}/logs',
    operationName: 'getJobLogsById',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 32,
    method: 'post',
    path: '/4.1/jobs/{id}/failJobs',
    operationName: 'failJobs',
    methodEvidence: 'I',
    source: 'DOC',
  },
  // Written only as "Configuration jobs/cleanup REST APIs": no path prefix, no method.
  {
    number: 33,
    method: 'get',
    path: 'jobs/cleanup',
    operationName: null,
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 33,
    method: 'put',
    path: 'jobs/cleanup',
    operationName: null,
    methodEvidence: 'I',
    source: 'DOC',
  },

  // Reports
  {
    number: 34,
    method: 'get',
    path: '4.1/reports/protectedVM',
    operationName: 'Get Protected VM List',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 35,
    method: 'get',
    path: '/4.1/reports/unProtectedVM',
    operationName: 'Get Unprotected VM List',
    methodEvidence: 'I',
    source: 'DOC',
  },

  // Built-in schedules
  {
    number: 36,
    method: 'get',
    path: '/4.1/schedules',
    operationName: 'Get all built-in schedules',
    methodEvidence: 'I',
    source: 'DOC',
  },
  {
    number: 37,
    method: 'put',
    path: '/4.1/schedules',
    operationName: 'Modify any built-in schedule',
    methodEvidence: 'I',
    source: 'DOC',
  },

  // Audit (written without a leading slash)
  {
    number: 38,
    method: 'get',
    path: '4.1/audit/logs',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC',
  },
  {
    number: 39,
    method: 'get',
    path: '4.1/audit/logs/{filename}',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC',
  },
  {
    number: 40,
    method: 'post',
    path: '4.1/audit/verify',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC',
  },
  {
    number: 41,
    method: 'get',
    path: '4.1/audit/config',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC',
  },
  {
    number: 42,
    method: 'put',
    path: '4.1/audit/config',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC',
  },
  {
    number: 43,
    method: 'put',
    path: '4.1/audit/syslogcert',
    operationName: null,
    methodEvidence: 'I',
    source: 'DOC',
  },

  // Documentation history only
  {
    number: 44,
    method: 'put',
    path: '/4.1/configurations',
    operationName: 'Update configurations',
    methodEvidence: 'I',
    source: 'DOC-HIST',
  },
  {
    number: 45,
    method: 'get',
    path: '/4.1/configurations',
    operationName: 'get configuration by Key',
    methodEvidence: 'I',
    source: 'DOC-HIST',
  },
  {
    number: 46,
    method: 'post',
    path: '/4.1/vcenter',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC-HIST',
  },
  {
    number: 47,
    method: 'post',
    path: '/4.1/vcenter/validate',
    operationName: null,
    methodEvidence: 'D',
    source: 'DOC-HIST',
  },
]

/**
 * Operations the documentation's overview claims (or the GUI needs) but no page documents. The contract designs
 * them and must mark them inferred.
 */
export const undocumentedEndpoints: readonly { method: HttpMethod; path: string; reason: string }[] = [
  { method: 'delete', path: '/4.1/storage-system', reason: 'overview claims delete of storage systems' },
  { method: 'put', path: '/4.1/policies/{id}', reason: 'GUI edits policies' },
  { method: 'delete', path: '/4.1/policies/{id}', reason: 'GUI removes policies' },
  {
    method: 'delete',
    path: '/4.1/resource-groups/{resouceGroupId}',
    reason: 'overview claims delete of resource groups',
  },
  {
    method: 'post',
    path: '/4.1/resource-groups/{resouceGroupId}/suspend',
    reason: 'GUI suspends resource groups',
  },
  {
    method: 'post',
    path: '/4.1/resource-groups/{resouceGroupId}/resume',
    reason: 'GUI resumes resource groups',
  },
]
