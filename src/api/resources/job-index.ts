import type { AnswerProblem } from '../answer-check'
import type { Job } from '../types'
import { causeOfReason, FAILURE_CAUSES, UNRECOGNISED, type LikelyCause } from './failure-causes'
import { parseTimeMs } from './parse-time'

/**
 * The job list as columns, built once per answer of `GET /4.1/jobs`, that answers the jobs page's questions
 * (filter, sort, count) with arrays of row positions instead of copies of rows. It runs in a Web Worker
 * (`job-index.worker.ts`), so parsing 38 MB and indexing 100,000 jobs never blocks the page; where there is
 * no worker (tests) the same code runs in the page.
 */

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

export const JOB_SORT_FIELDS = ['id', 'type', 'status', 'start', 'end', 'duration'] as const
export type JobSortField = (typeof JOB_SORT_FIELDS)[number]
export type SortDirection = 'asc' | 'desc'

/** A question to the index: which jobs, in which order. Values as the jobs page's URL writes them. */
export interface JobQuery {
  /** Raw type strings; 'unknown' selects jobs whose type the console doesn't know. */
  types: readonly string[]
  /** Statuses; 'UNKNOWN' selects jobs with an unrecognised status. */
  statuses: readonly string[]
  /** Likely causes of failed and warning jobs ('unrecognised' included). */
  causes: readonly string[]
  /** Jobs that started at or after this time (epoch ms); running jobs always pass. Null: any time. */
  since: number | null
  /** Only this resource group's jobs (a group's page); omitted or null: every job. */
  groupId?: number | null
  /** Free text, matched case-insensitively against id, name, type, status, objects and the failure reason. */
  text: string
  sort: JobSortField
  dir: SortDirection
}

/** A query that selects every job, newest first: the jobs page's default view. */
export const ALL_JOBS: JobQuery = {
  types: [],
  statuses: [],
  causes: [],
  since: null,
  text: '',
  sort: 'start',
  dir: 'desc',
}

/** Outcomes of the jobs that started in the last 24 hours (running jobs are counted from `running`). */
export interface JobOutcomeCounts {
  failed24h: number
  warning24h: number
  successful24h: number
}

/** Failed and warning jobs of one likely cause that started in the last 24 hours and the last 7 days. */
export interface CauseCount {
  cause: LikelyCause
  last24h: number
  last7d: number
}

/** What every page needs from the list without asking for rows (small: it crosses to the page whole). */
export interface JobsSummary {
  total: number
  /** The RUNNING jobs, whole (the header lists them; the polling rule reads them). */
  running: Job[]
  /** Median duration (ms) of finished jobs per type (raw type string), from SUCCESSFUL and WARNING jobs. */
  medianByType: Array<[string, number]>
  /** As of `now` given to {@link JobIndex.summary}. */
  outcomes: JobOutcomeCounts
  causes: CauseCount[]
  /** Start times of the first jobs of the answer, for the appliance's time zone offset. */
  sampleStartTimes: string[]
  /** The highest job id, and the highest of a job that has ended (-1 when none): a job that started and
   * ended between two reads shows as an ended job newer than the older read's newest. */
  newestId: number
  newestEndedId: number
}

const DAY = 86_400_000
const UNKNOWN_CODE = 255
const TYPE_CODES = new Map<string, number>(KNOWN_JOB_TYPES.map((type, i) => [type, i]))
const STATUS_CODES = new Map<string, number>(KNOWN_JOB_STATUSES.map((status, i) => [status, i]))
const RUNNING = STATUS_CODES.get('RUNNING') as number
const FAILED = STATUS_CODES.get('FAILED') as number
const WARNING = STATUS_CODES.get('WARNING') as number
const SUCCESSFUL = STATUS_CODES.get('SUCCESSFUL') as number
/** 0: the job neither failed nor warned; 1…: FAILURE_CAUSES, then 'unrecognised'. */
const CAUSES: readonly LikelyCause[] = [...FAILURE_CAUSES, UNRECOGNISED]
const CAUSE_CODES = new Map<string, number>(CAUSES.map((cause, i) => [cause, i + 1]))

/** The answer of `GET /4.1/jobs` could not be read as a job list. */
export class MalformedJobList extends Error {
  /** A required field a job lacks (by the contract), when that is what is wrong. */
  readonly problem: AnswerProblem | undefined

  constructor(detail: string, problem?: AnswerProblem) {
    super(`The job list could not be read: ${detail}`)
    this.name = 'MalformedJobList'
    this.problem = problem
  }
}

/** Reads the job list out of the raw answer (UTF-8 JSON of the SCV envelope). */
export function parseJobList(body: ArrayBuffer | string): Job[] {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new MalformedJobList(error instanceof Error ? error.message : String(error))
  }
  const list = (parsed as { response?: { jobResponseList?: unknown } } | null)?.response?.jobResponseList
  if (!Array.isArray(list)) throw new MalformedJobList('no response.jobResponseList array')
  return list as Job[]
}

/** Median of a non-empty list (typed-array sort: numeric and fast). */
export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Lower-case text the free-text filter searches: id, name, type, status, objects and the failure reason. */
export function searchTextOf(job: Partial<Job>): string {
  return [
    job.id,
    job.name,
    job.type,
    job.status,
    job.resourceGroupName,
    job.policyName,
    job.objectName,
    job.objectMoref,
    job.phase,
    job.failureReason,
  ]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join('\u0000')
    .toLowerCase()
}

const ZERO = 48

/** Two decimal digits at `at`, or NaN. */
function digits2(s: string, at: number): number {
  const a = s.charCodeAt(at) - ZERO
  const b = s.charCodeAt(at + 1) - ZERO
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN
}

/**
 * Epoch ms of the shape the appliance sends (`2026-11-27T10:00:00Z`, `…:00.123Z`) read digit by digit, a few
 * times faster than the regular expression of {@link parseTimeMs}, which handles every other shape. 200,000
 * timestamps are most of the cost of indexing 100,000 jobs.
 */
export function timeMs(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN
  const n = value.length
  if (
    (n === 20 || n === 24) &&
    value.charCodeAt(n - 1) === 90 /* Z */ &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45 &&
    value.charCodeAt(10) === 84 &&
    value.charCodeAt(13) === 58 &&
    value.charCodeAt(16) === 58 &&
    (n === 20 || value.charCodeAt(19) === 46)
  ) {
    const year = digits2(value, 0) * 100 + digits2(value, 2)
    const month = digits2(value, 5)
    const day = digits2(value, 8)
    const ms = n === 24 ? digits2(value, 20) * 10 + (value.charCodeAt(22) - ZERO) : 0
    const result =
      daysFromCivil(year, month, day) * 86_400_000 +
      digits2(value, 11) * 3_600_000 +
      digits2(value, 14) * 60_000 +
      digits2(value, 17) * 1_000 +
      ms
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? result : Number.NaN
  }
  return parseTimeMs(value)
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

interface LastFilter {
  structural: string
  text: string
  result: Int32Array
}

/** Grows a typed array to at least `size` elements, keeping its contents (capacity doubles). */
function grown<T extends Float64Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (array.length >= size) return array
  const next = make(Math.max(size, array.length * 2, 1_024))
  next.set(array)
  return next
}

/**
 * The columns of one job list and the answers to queries about it. Jobs are appended as they are parsed (the
 * list streams in), then `finish` computes what needs all of them; queries come after that.
 */
export class JobIndex {
  readonly jobs: Job[] = []
  private id = new Float64Array(0)
  private startMs = new Float64Array(0)
  private endMs = new Float64Array(0)
  private typeCode = new Uint8Array(0)
  private statusCode = new Uint8Array(0)
  private causeCode = new Uint8Array(0)
  private groupId = new Float64Array(0)
  private readonly running: number[] = []
  private readonly durations = new Map<string, number[]>()
  private readonly medianByType = new Map<string, number>()
  private readonly orders = new Map<string, Int32Array>()
  private readonly searchText: string[] = []
  private last: LastFilter | null = null

  /** An index of a whole list at once. */
  constructor(jobs: readonly Job[] = []) {
    if (jobs.length) {
      this.append(jobs)
      this.finish()
    }
  }

  get size(): number {
    return this.jobs.length
  }

  /** Adds parsed jobs: their columns are read now, while the rest of the list is still arriving. */
  append(batch: readonly Job[]): void {
    const from = this.jobs.length
    const size = from + batch.length
    const f64 = (n: number) => new Float64Array(n)
    const u8 = (n: number) => new Uint8Array(n)
    this.id = grown(this.id, size, f64)
    this.startMs = grown(this.startMs, size, f64)
    this.endMs = grown(this.endMs, size, f64)
    this.groupId = grown(this.groupId, size, f64)
    this.typeCode = grown(this.typeCode, size, u8)
    this.statusCode = grown(this.statusCode, size, u8)
    this.causeCode = grown(this.causeCode, size, u8)
    for (let k = 0; k < batch.length; k++) {
      const i = from + k
      const job: Partial<Job> = batch[k] as Job
      this.jobs.push(job as Job)
      const start = timeMs(job.startTime)
      const end = timeMs(job.endTime)
      const status = STATUS_CODES.get(job.status as string) ?? UNKNOWN_CODE
      this.id[i] = typeof job.id === 'number' ? job.id : Number.NaN
      this.startMs[i] = start
      this.endMs[i] = end
      this.typeCode[i] = TYPE_CODES.get(job.type as string) ?? UNKNOWN_CODE
      this.groupId[i] = typeof job.resourceGroupId === 'number' ? job.resourceGroupId : Number.NaN
      this.statusCode[i] = status
      this.causeCode[i] = 0
      if (status === RUNNING) this.running.push(i)
      else if (status === FAILED || status === WARNING) {
        const cause = (job.failureReason ? causeOfReason(job.failureReason) : null) ?? UNRECOGNISED
        this.causeCode[i] = CAUSE_CODES.get(cause) as number
      }
      if ((status === SUCCESSFUL || status === WARNING) && end - start >= 0) {
        const key = String(job.type)
        const list = this.durations.get(key)
        if (list) list.push(end - start)
        else this.durations.set(key, [end - start])
      }
    }
  }

  /** Every job is in: computes the usual durations. */
  finish(): void {
    for (const [type, list] of this.durations) this.medianByType.set(type, median(list))
    this.durations.clear()
  }

  /** The summary, with outcome and cause counts as of `now`. */
  summary(now: number): JobsSummary {
    const dayAgo = now - DAY
    const weekAgo = now - 7 * DAY
    const outcomes: JobOutcomeCounts = { failed24h: 0, warning24h: 0, successful24h: 0 }
    const causes = new Map<number, CauseCount>()
    for (let i = 0; i < this.size; i++) {
      const start = this.startMs[i] as number
      if (!(start >= weekAgo)) continue
      const status = this.statusCode[i]
      const recent = start >= dayAgo
      if (recent) {
        if (status === FAILED) outcomes.failed24h++
        else if (status === WARNING) outcomes.warning24h++
        else if (status === SUCCESSFUL) outcomes.successful24h++
      }
      const code = this.causeCode[i] as number
      if (code === 0) continue
      let count = causes.get(code)
      if (!count) {
        count = { cause: CAUSES[code - 1] as LikelyCause, last24h: 0, last7d: 0 }
        causes.set(code, count)
      }
      count.last7d++
      if (recent) count.last24h++
    }
    let newestId = -1
    let newestEndedId = -1
    for (let i = 0; i < this.size; i++) {
      const id = this.id[i] as number
      if (id > newestId) newestId = id
      if (id > newestEndedId && this.statusCode[i] !== RUNNING) newestEndedId = id
    }
    return {
      total: this.size,
      running: this.running.map((i) => this.jobs[i] as Job),
      newestId,
      newestEndedId,
      medianByType: [...this.medianByType],
      outcomes,
      // Most frequent first; ties in the signatures' order, "not recognised" last.
      causes: [...causes.entries()].sort(([a, x], [b, y]) => y.last7d - x.last7d || a - b).map(([, c]) => c),
      sampleStartTimes: this.jobs
        .slice(0, 20)
        .map((job) => (job as Partial<Job>).startTime)
        .filter((time): time is string => typeof time === 'string'),
    }
  }

  /** Row positions of the jobs the query selects, in its order. */
  query(query: JobQuery): Int32Array {
    const sorted = this.order(query.sort, query.dir)
    const text = query.text.trim().toLowerCase()
    const structural = [
      query.types.join(','),
      query.statuses.join(','),
      query.causes.join(','),
      query.since,
    ].join('|')
    const last = this.last
    const sortKey = `${query.sort}|${query.dir}`
    let result: Int32Array
    // Typing narrows: when only the text grew, filter the previous answer instead of every job again.
    if (
      last &&
      last.structural === `${structural}|${sortKey}` &&
      last.text !== '' &&
      text.includes(last.text)
    ) {
      result = text === last.text ? last.result : this.filterText(last.result, text)
    } else {
      result = this.filter(sorted, query, text)
    }
    this.last = { structural: `${structural}|${sortKey}`, text, result }
    return result
  }

  /** The jobs at these row positions. */
  rows(positions: ArrayLike<number>): Job[] {
    const out = new Array<Job>(positions.length)
    for (let i = 0; i < positions.length; i++) out[i] = this.jobs[positions[i] as number] as Job
    return out
  }

  /**
   * Builds the search text of up to `count` more jobs; true when all are built. The worker calls it in slices
   * between messages, so the first keystroke finds the text ready.
   */
  prepareSearch(count = Number.POSITIVE_INFINITY): boolean {
    const end = Math.min(this.size, this.searchText.length + count)
    for (let i = this.searchText.length; i < end; i++) this.searchText.push(searchTextOf(this.jobs[i] as Job))
    return this.searchText.length >= this.size
  }

  private filter(sorted: Int32Array, query: JobQuery, text: string): Int32Array {
    const types = codesOf(query.types, TYPE_CODES, 'unknown')
    const statuses = codesOf(query.statuses, STATUS_CODES, 'UNKNOWN')
    const causes = query.causes.length ? new Set(query.causes.map((c) => CAUSE_CODES.get(c) ?? -1)) : null
    const since = query.since
    const group = query.groupId ?? null
    if (!types && !statuses && !causes && since === null && group === null && text === '')
      return sorted.slice()
    if (text !== '') this.prepareSearch()
    const out = new Int32Array(sorted.length)
    let count = 0
    for (let k = 0; k < sorted.length; k++) {
      const i = sorted[k] as number
      if (group !== null && this.groupId[i] !== group) continue
      if (types && !types.has(this.typeCode[i] as number)) continue
      const status = this.statusCode[i] as number
      if (statuses && !statuses.has(status)) continue
      if (causes && !causes.has(this.causeCode[i] as number)) continue
      // Running jobs stay visible whatever their start: an operator filtering "last hour" still wants them.
      if (since !== null && status !== RUNNING && !((this.startMs[i] as number) >= since)) continue
      if (text !== '' && !(this.searchText[i] as string).includes(text)) continue
      out[count++] = i
    }
    return out.slice(0, count)
  }

  private filterText(previous: Int32Array, text: string): Int32Array {
    this.prepareSearch()
    const out = new Int32Array(previous.length)
    let count = 0
    for (let k = 0; k < previous.length; k++) {
      const i = previous[k] as number
      if ((this.searchText[i] as string).includes(text)) out[count++] = i
    }
    return out.slice(0, count)
  }

  /**
   * All row positions in one order, cached per field and direction. Missing values (NaN, empty) always go
   * last, ties keep the answer's order. Numeric keys are compared from typed arrays; the answer is usually
   * nearly sorted already, which V8's TimSort handles in close to one pass.
   */
  private order(sort: JobSortField, dir: SortDirection): Int32Array {
    const key = `${sort}|${dir}`
    const cached = this.orders.get(key)
    if (cached) return cached
    const n = this.size
    const sign = dir === 'asc' ? 1 : -1
    const order = new Int32Array(n)
    for (let i = 0; i < n; i++) order[i] = i
    if (sort === 'type' || sort === 'status') {
      const keys = this.jobs.map((job) => String((sort === 'type' ? job.type : job.status) ?? ''))
      order.sort((a, b) => {
        const ka = keys[a] as string
        const kb = keys[b] as string
        if (ka === '' || kb === '') return ka === kb ? a - b : ka === '' ? 1 : -1
        return ka < kb ? -sign : ka > kb ? sign : a - b
      })
    } else {
      const keys = this.numericKeys(sort)
      order.sort((a, b) => {
        const ka = keys[a] as number
        const kb = keys[b] as number
        const aMissing = Number.isNaN(ka)
        const bMissing = Number.isNaN(kb)
        if (aMissing || bMissing) return aMissing && bMissing ? a - b : aMissing ? 1 : -1
        return ka < kb ? -sign : ka > kb ? sign : a - b
      })
    }
    this.orders.set(key, order)
    return order
  }

  private numericKeys(sort: 'id' | 'start' | 'end' | 'duration'): Float64Array {
    if (sort === 'id') return this.id
    if (sort === 'start') return this.startMs
    if (sort === 'end') return this.endMs
    const durations = new Float64Array(this.size)
    for (let i = 0; i < this.size; i++) durations[i] = (this.endMs[i] as number) - (this.startMs[i] as number)
    return durations
  }
}

function codesOf(
  values: readonly string[],
  codes: ReadonlyMap<string, number>,
  unknown: string,
): Set<number> | null {
  if (values.length === 0) return null
  return new Set(values.map((value) => (value === unknown ? UNKNOWN_CODE : (codes.get(value) ?? -1))))
}
