import { useQuery } from '@tanstack/react-query'
import type { Job, VmdkLocation } from '../../api'
import { jobQueries } from '../../api/resources'

/** What a recovery wizard keeps after its submit, so a reload of the result still follows the job. */
export interface RecoveryResult {
  jobId: number | null
  /** The appliance's `responseMessage`, when it sent one. */
  message: string | null
}

/** The appliance's `responseMessage` (a string or a list of lines) as one line. */
function replyMessage(message: unknown): string | null {
  if (typeof message === 'string') return message
  return Array.isArray(message) ? message.join(' ') : null
}

/** The part of a recovery call's reply the result page uses. */
interface JobReply {
  response?: { jobId?: number | null } | null
  responseMessage?: unknown
}

/** What a recovery call's reply tells its result page: the job to follow and the appliance's message. */
export function recoveryResultOf(reply: JobReply | null | undefined): RecoveryResult {
  return { jobId: reply?.response?.jobId ?? null, message: replyMessage(reply?.responseMessage) }
}

/** The disks of a VM that were attached from backups (`attachedFromBackupId`), as the appliance lists them. */
export function attachedDisks(list: readonly VmdkLocation[]): VmdkLocation[] {
  return list.filter((disk) => disk.attachedFromBackupId !== undefined && disk.attachedFromBackupId !== null)
}

/** Job types that are a backup or a restore (SCV runs neither beside the other on one resource group). */
const BLOCKING_TYPES = new Set(['backup', 'restore', 'restoreVmdk'])

/**
 * The backups and restores running now on a resource group, from the jobs list the header already polls
 * (no extra request): a restore cannot start beside them (scv-api.md §4).
 */
export function useRunningOnGroup(groupId: number | null | undefined): Job[] {
  // Running jobs are in the list's summary: no copy of the whole list is needed.
  const running = useQuery(jobQueries.list()).data?.summary.running
  if (groupId === null || groupId === undefined) return []
  return (running ?? []).filter((job) => job.resourceGroupId === groupId && BLOCKING_TYPES.has(job.type))
}
