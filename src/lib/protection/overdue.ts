import type { components } from '../../api'
import { jobActivityOf } from '../../api/resources'
import { cadenceMs, graceMs, scheduleStartMs } from './schedule'

type Job = components['schemas']['Job']
type Policy = components['schemas']['Policy']
type ResourceGroup = components['schemas']['ResourceGroup']
type Schedule = components['schemas']['Schedule']

/** Why a group's policy has not produced a backup when it should have. */
export type OverdueReason =
  | { kind: 'suspended' }
  | { kind: 'noSchedule' }
  | { kind: 'stuck'; jobId: number; sinceMs: number }
  | { kind: 'lastRunFailed'; jobId: number; atMs: number; message: string | null }
  | { kind: 'noJobStarted'; sinceMs: number }
  | { kind: 'neverBackedUp' }

/** One policy of one group whose newest successful backup is older than its schedule allows. */
export interface OverdueFinding {
  group: ResourceGroup
  policyId: number
  policyName: string
  schedule: Schedule | null
  /** The policy's frequency, when the group has no schedule for it. */
  frequency: string | null
  cadenceMs: number
  graceMs: number
  /** Start of the newest successful (or warning) backup job, with its id; null when the job history has none. */
  lastSuccess: { jobId: number; atMs: number } | null
  /** When the next backup was due at the latest (newest success + interval + grace). */
  dueMs: number
  reason: OverdueReason
}

interface BackupHistory {
  success: { jobId: number; atMs: number } | null
  attempt: { jobId: number; atMs: number; failed: boolean; message: string | null } | null
  running: { jobId: number; atMs: number } | null
}

interface HistoryIndex {
  byPair: Map<string, BackupHistory>
  byGroup: Map<number, BackupHistory>
  /** False when no backup job names its policy (then only the group's history can be used). */
  jobsNamePolicies: boolean
}

const cache = new WeakMap<readonly Job[], HistoryIndex>()

function note(map: Map<string | number, BackupHistory>, key: string | number, job: Job, atMs: number) {
  let entry = map.get(key)
  if (!entry) {
    entry = { success: null, attempt: null, running: null }
    map.set(key, entry)
  }
  const status: unknown = job.status
  if (status === 'RUNNING') {
    if (!entry.running || atMs > entry.running.atMs) entry.running = { jobId: job.id, atMs }
    return
  }
  if ((status === 'SUCCESSFUL' || status === 'WARNING') && (!entry.success || atMs > entry.success.atMs))
    entry.success = { jobId: job.id, atMs }
  if (!entry.attempt || atMs > entry.attempt.atMs)
    entry.attempt = { jobId: job.id, atMs, failed: status === 'FAILED', message: job.failureReason ?? null }
}

/** Each group's (and group × policy's) newest backup jobs, built once per job list. */
function historyOf(jobs: readonly Job[]): HistoryIndex {
  const cached = cache.get(jobs)
  if (cached) return cached
  const byPair = new Map<string, BackupHistory>()
  const byGroup = new Map<number, BackupHistory>()
  let jobsNamePolicies = false
  // Start times parsed once per list, shared with every other reader of the job list.
  const { startMs } = jobActivityOf(jobs)
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i] as Job
    if (job.type !== 'backup' || typeof job.resourceGroupId !== 'number') continue
    const atMs = startMs[i] as number
    if (!Number.isFinite(atMs)) continue
    note(byGroup as Map<string | number, BackupHistory>, job.resourceGroupId, job, atMs)
    if (typeof job.policyId === 'number') {
      jobsNamePolicies = true
      note(byPair as Map<string | number, BackupHistory>, `${job.resourceGroupId}/${job.policyId}`, job, atMs)
    }
  }
  const index = { byPair, byGroup, jobsNamePolicies }
  cache.set(jobs, index)
  return index
}

function reasonFor(
  group: ResourceGroup,
  schedule: Schedule | null,
  history: BackupHistory | undefined,
): OverdueReason {
  if (group.status === 'UNDER_MAINTENANCE') return { kind: 'suspended' }
  if (!schedule) return { kind: 'noSchedule' }
  const since = history?.success?.atMs ?? Number.NEGATIVE_INFINITY
  if (history?.running && history.running.atMs > since)
    return { kind: 'stuck', jobId: history.running.jobId, sinceMs: history.running.atMs }
  const attempt = history?.attempt
  if (attempt && attempt.failed && attempt.atMs > since)
    return { kind: 'lastRunFailed', jobId: attempt.jobId, atMs: attempt.atMs, message: attempt.message }
  if (history?.success) return { kind: 'noJobStarted', sinceMs: attempt?.atMs ?? history.success.atMs }
  return { kind: 'neverBackedUp' }
}

export interface OverdueInput {
  groups: readonly ResourceGroup[]
  policies: readonly Policy[]
  jobs: readonly Job[]
  now: number
  /** The appliance's offset from UTC in minutes (schedules start on its local clock). */
  offsetMinutes: number
}

/**
 * Every group × policy whose newest successful backup is older than the schedule implies plus grace — the
 * protection that lapsed without any job failing: a suspended group, a deleted schedule, a schedule that stopped
 * starting jobs. The interval comes from the group's schedule for the policy or, when the schedule is gone, from
 * the policy's frequency; on-demand policies expect nothing. A policy that never produced a backup is overdue
 * once its schedule's first run is an interval and grace behind. Newest first by how long it has been due.
 */
export function findOverdue({ groups, policies, jobs, now, offsetMinutes }: OverdueInput): OverdueFinding[] {
  const history = historyOf(jobs)
  const policyById = new Map(policies.map((policy) => [policy.id, policy]))
  const findings: OverdueFinding[] = []
  for (const group of groups) {
    for (const link of group.policies ?? []) {
      const policy = policyById.get(link.id)
      const schedule = link.schedule ?? null
      const frequency = link.frequency ?? policy?.frequency ?? null
      const cadence = cadenceMs(schedule, frequency)
      if (cadence === null) continue
      const grace = graceMs(cadence)
      const pair = history.jobsNamePolicies
        ? history.byPair.get(`${group.id}/${link.id}`)
        : history.byGroup.get(group.id)
      const lastSuccess = pair?.success ?? null
      const start = schedule ? scheduleStartMs(schedule, offsetMinutes) : null
      const from = lastSuccess?.atMs ?? start
      // No backup and no start date to count from: nothing says when the first one was due.
      if (from === null) continue
      const dueMs = from + cadence + grace
      if (dueMs >= now) continue
      findings.push({
        group,
        policyId: link.id,
        policyName: link.name ?? policy?.name ?? String(link.id),
        schedule,
        frequency: schedule ? null : frequency,
        cadenceMs: cadence,
        graceMs: grace,
        lastSuccess,
        dueMs,
        reason: reasonFor(group, schedule, pair),
      })
    }
  }
  return findings.sort((a, b) => a.dueMs - b.dueMs)
}

/** The groups among the findings, once each, in the findings' order. */
export function overdueGroups(findings: readonly OverdueFinding[]): ResourceGroup[] {
  const seen = new Map<number, ResourceGroup>()
  for (const finding of findings) if (!seen.has(finding.group.id)) seen.set(finding.group.id, finding.group)
  return [...seen.values()]
}
