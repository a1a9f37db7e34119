import type { Job } from '../../../api'
import { parseTimeMs as toMs } from '../../../api/resources'
import { likelyCauseOf, type LikelyCause } from './failure-causes'

export type { Job, JobTask } from '../../../api'

/** Job types the console has a label for; the contract accepts others, which show as "unknown". */
export const KNOWN_JOB_TYPES = [
  'backup',
  'restore',
  'restoreVmdk',
  'mountBackup',
  'unmountBackup',
  'attachVmdk',
  'detachVmdk',
  'purgeJobs',
  'purgeBackups',
  'databaseDump',
  'auditVerify',
] as const
export type KnownJobType = (typeof KNOWN_JOB_TYPES)[number]

/** The statuses SCV's Job Monitor shows; anything else shows as "unknown". */
export const KNOWN_JOB_STATUSES = ['RUNNING', 'FAILED', 'WARNING', 'SUCCESSFUL'] as const
export type KnownJobStatus = (typeof KNOWN_JOB_STATUSES)[number]

const TYPE_SET: ReadonlySet<string> = new Set(KNOWN_JOB_TYPES)
const STATUS_SET: ReadonlySet<string> = new Set(KNOWN_JOB_STATUSES)

/** True for a job type the console knows how to label. */
export function isKnownJobType(value: unknown): value is KnownJobType {
  return typeof value === 'string' && TYPE_SET.has(value)
}

/** True for one of the four Job Monitor statuses. */
export function isKnownJobStatus(value: unknown): value is KnownJobStatus {
  return typeof value === 'string' && STATUS_SET.has(value)
}

/**
 * A job as the table needs it, parsed once per data set: timestamps as numbers (NaN when missing or
 * unreadable) and type/status checked, so filtering and sorting 100,000 rows never parse a date again.
 * The original job is kept untouched for display.
 */
export interface JobRow {
  job: Job
  /** Position in the response, the key into per-set arrays such as the search text. */
  index: number
  /** NaN when the appliance sent no usable id. */
  id: number
  type: KnownJobType | null
  status: KnownJobStatus | null
  startMs: number
  endMs: number
  /** End − start for finished jobs, NaN otherwise. */
  durationMs: number
  /** Failed and warning jobs: the likely cause recognised in the failure reason; null for other statuses. */
  cause: LikelyCause | null
}

/**
 * Builds the row for one job. The contract marks id, type, status and start as required, but an appliance
 * (or the simulator's missingFields scenario) may leave them out, so every field is read defensively.
 * `startMs` / `endMs` when the caller already parsed them (the job list's shared activity).
 */
export function toJobRow(
  job: Job,
  index: number,
  startMs = toMs((job as Partial<Job>).startTime),
  endMs = toMs((job as Partial<Job>).endTime),
): JobRow {
  const raw: Partial<Job> = job
  return {
    job,
    index,
    id: typeof raw.id === 'number' ? raw.id : Number.NaN,
    type: isKnownJobType(raw.type) ? raw.type : null,
    status: isKnownJobStatus(raw.status) ? raw.status : null,
    startMs,
    endMs,
    durationMs: Number.isFinite(startMs) && Number.isFinite(endMs) ? endMs - startMs : Number.NaN,
    cause: likelyCauseOf(raw.status, raw.failureReason),
  }
}

/** Lower-case text the free-text filter searches: id, name, type, status, objects and the failure reason. */
export function searchTextOf(row: JobRow): string {
  const j: Partial<Job> = row.job
  return [
    j.id,
    j.name,
    j.type,
    j.status,
    j.resourceGroupName,
    j.policyName,
    j.objectName,
    j.objectMoref,
    j.phase,
    j.failureReason,
  ]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join('\u0000')
    .toLowerCase()
}
