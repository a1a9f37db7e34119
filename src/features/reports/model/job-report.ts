import type { components } from '../../../api'
import { reportStatusOf, type ReportJobKind, type ReportStatus } from '../../../lib/jobs/report-kinds'
import { emptyCounts, type ReportIndex, type StatusCounts } from '../../../lib/jobs/report-index'

type Job = components['schemas']['Job']

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Time ranges of a job report; `90d` is everything SCV keeps (jobs are purged after 90 days by default);
 * `custom` is the days between two dates on the appliance's calendar.
 */
export const JOB_RANGES = ['24h', '7d', '30d', '90d', 'custom'] as const
export type JobRange = (typeof JOB_RANGES)[number]
export const DEFAULT_JOB_RANGE: JobRange = '7d'

const RANGE_MS: Record<Exclude<JobRange, 'custom'>, number> = {
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
  '90d': 90 * DAY,
}

/** The instants a report covers, both ends included. */
export interface ReportWindow {
  fromMs: number
  toMs: number
}

/** The days of a custom range, `YYYY-MM-DD` on the appliance's calendar; empty: from 90 days ago, to now. */
export interface CustomDays {
  from: string
  to: string
}

/**
 * What a range covers for a report read at `now`. A custom range holds its days whole on the appliance's clock
 * (`offsetMinutes` east of UTC) and never reaches past `now`; a "from" after the "to" covers nothing
 * (`fromMs > toMs`), which the page says.
 */
export function reportWindow(
  range: JobRange,
  days: CustomDays,
  now: number,
  offsetMinutes: number,
): ReportWindow {
  if (range !== 'custom') return { fromMs: now - RANGE_MS[range], toMs: now }
  const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000
  return {
    fromMs: days.from ? dayStart(days.from) : now - RANGE_MS['90d'],
    toMs: days.to ? Math.min(now, dayStart(days.to) + DAY - 1) : now,
  }
}

export interface JobReportFilters {
  window: ReportWindow
  /** Report statuses (`SUCCESSFUL`, …, `OTHER`); empty for all. */
  statuses: readonly string[]
  groupId: number | null
  policyId: number | null
}

/** One appliance-local day of a report: its date (`YYYY-MM-DD`) and the counts of the jobs that started then. */
export type DayCounts = Record<ReportStatus, number> & { day: string }

/** A job in a report, with its parsed times. */
export interface JobReportRow {
  job: Job
  startMs: number
  endMs: number
}

/**
 * The jobs of one report kind that started in the window and match the filters, newest first. Walks the kind's
 * newest-first index and stops at the window's start, so a 24-hour report reads only a day of jobs.
 */
export function jobReportRows(
  index: ReportIndex,
  kind: ReportJobKind,
  filters: JobReportFilters,
): JobReportRow[] {
  const started = performance.now()
  const { fromMs, toMs } = filters.window
  const rows: JobReportRow[] = []
  for (const i of index.byKind[kind]) {
    const startMs = index.startMs[i] as number
    if (Number.isNaN(startMs) || startMs > toMs) continue
    if (startMs < fromMs) break
    const job = index.jobs[i] as Job
    if (filters.statuses.length && !filters.statuses.includes(reportStatusOf(job))) continue
    if (filters.groupId !== null && job.resourceGroupId !== filters.groupId) continue
    if (filters.policyId !== null && job.policyId !== filters.policyId) continue
    rows.push({ job, startMs, endMs: index.endMs[i] as number })
  }
  // Read by `npm run bench`: filtering the index for one report view.
  performance.measure('reports:job-rows', { start: started })
  return rows
}

/** The groups and policies the jobs of a kind name, for the report's filters (sorted by name). */
export function namedInJobs(
  index: ReportIndex,
  kind: ReportJobKind,
): { groups: { id: number; name: string }[]; policies: { id: number; name: string }[] } {
  const groups = new Map<number, string>()
  const policies = new Map<number, string>()
  for (const i of index.byKind[kind]) {
    const job = index.jobs[i] as Job
    if (typeof job.resourceGroupId === 'number' && !groups.has(job.resourceGroupId))
      groups.set(job.resourceGroupId, job.resourceGroupName ?? String(job.resourceGroupId))
    if (typeof job.policyId === 'number' && !policies.has(job.policyId))
      policies.set(job.policyId, job.policyName ?? String(job.policyId))
  }
  const sorted = (map: Map<number, string>) =>
    [...map]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
  return { groups: sorted(groups), policies: sorted(policies) }
}

const searchCache = new WeakMap<Job, string>()

/** What the search box matches in a job row (kept per job, so typing does not rebuild it). */
export function searchTextOfJob(row: JobReportRow): string {
  let text = searchCache.get(row.job)
  if (text === undefined) {
    const j: Partial<Job> = row.job
    text = [j.id, j.name, j.status, j.type, j.resourceGroupName, j.policyName, j.objectName, j.failureReason]
      .filter((part) => part !== null && part !== undefined && part !== '')
      .join(' ')
    searchCache.set(row.job, text)
  }
  return text
}

/** Counts per status of report rows. */
export function countStatuses(rows: readonly JobReportRow[]): StatusCounts {
  const counts = emptyCounts()
  for (const row of rows) counts[reportStatusOf(row.job)]++
  return counts
}

/**
 * Counts per appliance-local day, oldest first, every day of the range even when nothing ran (a gap is
 * information): from the range's start to `toMs`. An empty range has no days.
 */
export function countPerDay(
  rows: readonly JobReportRow[],
  offsetMinutes: number,
  range: { fromMs: number; toMs: number },
): DayCounts[] {
  if (range.fromMs > range.toMs) return []
  // Days are counted by their number on the appliance's calendar (days since 1970 there): one division per job,
  // and a date string only per day — formatting 50,000 start times took ~100 ms.
  const shift = offsetMinutes * 60_000
  const dayNumber = (ms: number) => Math.floor((ms + shift) / DAY)
  const byDay = new Map<number, StatusCounts>()
  for (const row of rows) {
    const day = dayNumber(row.startMs)
    let counts = byDay.get(day)
    if (!counts) {
      counts = emptyCounts()
      byDay.set(day, counts)
    }
    counts[reportStatusOf(row.job)]++
  }
  const days: DayCounts[] = []
  const first = dayNumber(range.fromMs)
  const last = Math.min(dayNumber(range.toMs), first + 400)
  for (let day = first; day <= last; day++) {
    const date = new Date(day * DAY).toISOString().slice(0, 10)
    days.push({ day: date, ...(byDay.get(day) ?? emptyCounts()) })
  }
  return days
}
