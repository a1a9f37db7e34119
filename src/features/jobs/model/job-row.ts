import type { Job } from '../../../api'
import {
  KNOWN_JOB_STATUSES,
  KNOWN_JOB_TYPES,
  likelyCauseOf,
  parseTimeMs as toMs,
  type KnownJobStatus,
  type KnownJobType,
  type LikelyCause,
} from '../../../api/resources'

export type { Job, JobTask } from '../../../api'
export { KNOWN_JOB_STATUSES, KNOWN_JOB_TYPES, type KnownJobStatus, type KnownJobType }

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
 * A job as a row of the table or a job's page shows it: timestamps as numbers (NaN when missing or unreadable),
 * type and status checked, the likely cause of a failure. Built for the rows on screen only (the job index
 * filters and sorts the whole list); the original job is kept untouched for display.
 */
export interface JobRow {
  job: Job
  /** Position in the job list answer (a stable key while the list does not change). */
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
 */
export function toJobRow(job: Job, index: number): JobRow {
  const raw: Partial<Job> = job
  const startMs = toMs(raw.startTime)
  const endMs = toMs(raw.endTime)
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
