import type { components } from '../../api'

type Job = components['schemas']['Job']

/**
 * The three job kinds SCV's dashboard and reports count (Backup, Restore, Mount). Restores of VMDKs count as
 * restores; attaching and detaching disks count with mounts, since both expose a backup's data to a host
 * without copying it back. Housekeeping jobs (purges, database dumps) belong to none.
 */
export const REPORT_JOB_KINDS = ['backup', 'restore', 'mount'] as const
export type ReportJobKind = (typeof REPORT_JOB_KINDS)[number]

const KIND_OF_TYPE: Readonly<Record<string, ReportJobKind>> = {
  backup: 'backup',
  restore: 'restore',
  restoreVmdk: 'restore',
  mountBackup: 'mount',
  unmountBackup: 'mount',
  attachVmdk: 'mount',
  detachVmdk: 'mount',
}

/** The report kind of a job type, or null for types no report counts. */
export function reportKindOf(type: unknown): ReportJobKind | null {
  return typeof type === 'string' ? (KIND_OF_TYPE[type] ?? null) : null
}

/** The outcomes a report counts; anything else (a status the console doesn't know) counts as "other". */
export const REPORT_STATUSES = ['SUCCESSFUL', 'WARNING', 'FAILED', 'RUNNING'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number] | 'OTHER'

/** A job's status as a report counts it. */
export function reportStatusOf(job: Pick<Job, 'status'>): ReportStatus {
  const status: unknown = (job as Partial<Job>).status
  return (REPORT_STATUSES as readonly unknown[]).includes(status) ? (status as ReportStatus) : 'OTHER'
}
