// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Job } from '../types'
import { jobAt } from '../../test/job-fixture'
import {
  ALL_JOBS,
  JobIndex,
  MalformedJobList,
  parseJobList,
  searchTextOf,
  timeMs,
  type JobQuery,
  type JobSortField,
} from './job-index'
import { likelyCauseOf } from './failure-causes'
import { createJobIndexHost, type JobIndexAnswer } from './job-index-host'

const NOW = Date.parse('2026-11-27T12:00:00Z')
const MIN = 60_000
const DAY = 86_400_000

const job = (partial: Partial<Job> & { id: number }): Job => jobAt(NOW, partial)
const ANY: JobQuery = ALL_JOBS
const q = (patch: Partial<JobQuery>): JobQuery => ({ ...ANY, ...patch })

const JOBS: Job[] = [
  job({ id: 1, status: 'FAILED', failureReason: 'Volume out of space', resourceGroupName: 'RG_Prod' }),
  job({ id: 2, type: 'restore', status: 'SUCCESSFUL', objectName: 'vm-web-01', resourceGroupId: 7 }),
  job({ id: 3, status: 'RUNNING', endTime: null, startTime: new Date(NOW - 3 * DAY).toISOString() }),
  job({ id: 4 }),
  job({ id: 30 * 60, type: 'mountBackup', status: 'WARNING', failureReason: 'VMs could not be quiesced' }),
  { id: 5, name: 'odd', type: 'weird', status: 'ODD', startTime: '' } as unknown as Job,
  job({
    id: 6,
    type: 'mountBackup',
    status: 'FAILED',
    failureReason: 'Host unresolved volumes is null',
    resourceGroupId: 7,
  }),
]

describe('reading the answer', () => {
  it('reads the envelope from bytes and refuses anything that is not a job list', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ response: { jobResponseList: JOBS } }))
    expect(parseJobList(bytes.buffer)).toHaveLength(JOBS.length)
    expect(() => parseJobList('{"response": {"jobResponseList": [')).toThrow(MalformedJobList)
    expect(() => parseJobList('{"response": {}}')).toThrow(MalformedJobList)
  })
})

describe('the job index', () => {
  const index = new JobIndex(JOBS)
  const ids = (query: JobQuery) => index.rows(index.query(query)).map((j) => j.id)

  it('filters by type, status, likely cause, start and text, keeping the order', () => {
    const byId = (patch: Partial<JobQuery>) => ids(q({ sort: 'id', dir: 'asc', ...patch }))
    expect(byId({ types: ['restore'] })).toEqual([2])
    expect(byId({ statuses: ['FAILED', 'WARNING'] })).toEqual([1, 6, 1800])
    expect(byId({ statuses: ['UNKNOWN'] })).toEqual([5])
    expect(byId({ types: ['unknown'] })).toEqual([5])
    expect(byId({ causes: ['unrecognised'] })).toEqual([1])
    expect(byId({ causes: ['staleLun', 'quiesceFailed'] })).toEqual([6, 1800])
    // Running jobs stay in a time range whatever their start; the job without a start drops out.
    expect(byId({ since: NOW - DAY })).toEqual([1, 2, 3, 4, 6])
    expect(byId({ text: 'OUT OF SPACE' })).toEqual([1])
    expect(byId({ text: '  vm-web ' })).toEqual([2])
    // A group's page: that group's jobs only (the list has no group filter), newest first.
    expect(ids(q({ groupId: 7 }))).toEqual([2, 6])
    expect(ids(q({ groupId: null }))).toHaveLength(JOBS.length)
  })

  it('sorts with missing values last in both directions, ties in the answer’s order', () => {
    expect(ids(q({ sort: 'start', dir: 'desc' }))).toEqual([1, 2, 4, 6, 1800, 3, 5])
    expect(ids(q({ sort: 'start', dir: 'asc' }))).toEqual([3, 1800, 6, 4, 2, 1, 5])
    expect(ids(q({ sort: 'duration', dir: 'asc' })).slice(-2)).toEqual([3, 5])
    expect(ids(q({ sort: 'type', dir: 'asc' }))).toEqual([1, 3, 4, 1800, 6, 2, 5])
  })

  it('narrows the previous answer while the text grows and starts over when it shrinks', () => {
    const full = (text: string) => new JobIndex(JOBS).query(q({ text }))
    for (const text of ['o', 'ou', 'out', 'o', '', 'vol']) {
      expect([...index.query(q({ text }))]).toEqual([...full(text)])
    }
  })

  it('summarises running jobs, usual durations, recent outcomes and failures by likely cause', () => {
    const summary = index.summary(NOW)
    expect(summary.total).toBe(JOBS.length)
    expect(summary.running.map((j) => j.id)).toEqual([3])
    expect(new Map(summary.medianByType).get('backup')).toBe(5 * MIN)
    // Job 1800 started 30 hours ago: in the 7 days, not in the 24 hours.
    expect(summary.outcomes).toEqual({ failed24h: 2, warning24h: 0, successful24h: 2 })
    expect(summary.causes).toEqual([
      { cause: 'staleLun', last24h: 1, last7d: 1 },
      { cause: 'quiesceFailed', last24h: 0, last7d: 1 },
      { cause: 'unrecognised', last24h: 1, last7d: 1 },
    ])
    expect(summary.sampleStartTimes[0]).toBe(JOBS[0]?.startTime)
    expect([summary.newestId, summary.newestEndedId]).toEqual([1800, 1800])
    const newestRuns = new JobIndex([...JOBS, job({ id: 1801, status: 'RUNNING', endTime: null })])
    expect(newestRuns.summary(NOW)).toMatchObject({ newestId: 1801, newestEndedId: 1800 })
  })
})

/** The plain way to answer a query, to check the index against on many jobs. */
function reference(jobs: readonly Job[], query: JobQuery, causeOf: (j: Job) => string | null): number[] {
  const known = (v: unknown, list: readonly string[]) => typeof v === 'string' && list.includes(v)
  const types = [
    'backup',
    'restore',
    'restoreVmdk',
    'mountBackup',
    'unmountBackup',
    'attachVmdk',
    'detachVmdk',
  ]
  const statuses = ['RUNNING', 'FAILED', 'WARNING', 'SUCCESSFUL']
  const start = (j: Job) => (j.startTime ? Date.parse(j.startTime) : NaN)
  const end = (j: Job) => (j.endTime ? Date.parse(j.endTime) : NaN)
  const key: Record<JobSortField, (j: Job) => number | string> = {
    id: (j) => (typeof j.id === 'number' ? j.id : NaN),
    type: (j) => String(j.type ?? ''),
    status: (j) => String(j.status ?? ''),
    start,
    end,
    duration: (j) => end(j) - start(j),
  }
  const missing = (v: number | string) => v === '' || (typeof v === 'number' && Number.isNaN(v))
  const sign = query.dir === 'asc' ? 1 : -1
  return jobs
    .map((j, i) => ({ j, i }))
    .filter(({ j }) => {
      if (query.types.length && !query.types.includes(known(j.type, types) ? j.type : 'unknown')) return false
      if (query.statuses.length && !query.statuses.includes(known(j.status, statuses) ? j.status : 'UNKNOWN'))
        return false
      if (query.causes.length && !query.causes.includes(causeOf(j) ?? '')) return false
      if (query.since !== null && j.status !== 'RUNNING' && !(start(j) >= query.since)) return false
      return query.text === '' || searchTextOf(j).includes(query.text.toLowerCase())
    })
    .sort((a, b) => {
      const ka = key[query.sort](a.j)
      const kb = key[query.sort](b.j)
      if (missing(ka) || missing(kb)) return missing(ka) && missing(kb) ? 0 : missing(ka) ? 1 : -1
      return ka < kb ? -sign : ka > kb ? sign : 0
    })
    .map(({ i }) => i)
}

describe('the job index on many jobs', () => {
  const types = ['backup', 'restore', 'mountBackup', 'attachVmdk', 'oddType']
  const statuses = ['SUCCESSFUL', 'FAILED', 'WARNING', 'RUNNING', 'PAUSED']
  const reasons = ['the volume is out of space', 'Host unresolved volumes is null', 'VM is in vMotion', null]
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const jobs: Job[] = Array.from({ length: 3_000 }, (_, i) => {
    const status = statuses[Math.floor(next() * statuses.length)] as string
    const started = NOW - Math.floor(next() * 20) * DAY - Math.floor(next() * 1000) * MIN
    return {
      id: i % 97 === 0 ? (undefined as unknown as number) : 10_000 - i,
      name: `Job ${i} of RG_${i % 13}`,
      type: types[Math.floor(next() * types.length)] as string,
      status,
      startTime: i % 101 === 0 ? '' : new Date(started).toISOString(),
      endTime: status === 'RUNNING' ? null : new Date(started + Math.floor(next() * 90) * MIN).toISOString(),
      failureReason: status === 'FAILED' || status === 'WARNING' ? reasons[i % reasons.length] : null,
    }
  })
  const index = new JobIndex(jobs)

  it.each<Partial<JobQuery>>([
    {},
    { sort: 'id', dir: 'asc' },
    { sort: 'duration', dir: 'desc', statuses: ['FAILED', 'UNKNOWN'] },
    { sort: 'end', dir: 'asc', types: ['restore', 'unknown'], since: NOW - 7 * DAY },
    { sort: 'status', dir: 'desc', text: 'rg_1' },
    { sort: 'type', dir: 'asc', causes: ['vmInMotion'], text: 'job 1' },
  ])('answers %o like the plain filter and a stable sort', (patch) => {
    const query = q(patch)
    expect([...index.query(query)]).toEqual(
      reference(jobs, query, (j) => likelyCauseOf(j.status, j.failureReason)),
    )
  })
})

describe('the index host', () => {
  it('keeps the newest list of each appliance, answers about it and says "stale" for a replaced one', async () => {
    const answers: JobIndexAnswer[] = []
    const handle = createJobIndexHost((answer) => answers.push(answer))
    const body = (list: Job[]) =>
      new TextEncoder().encode(JSON.stringify({ response: { jobResponseList: list } })).buffer
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0))
    handle({ id: 1, kind: 'load', version: 1, scope: 'a', body: body(JOBS) })
    // Asked before the load is done: the question waits for it.
    handle({ id: 2, kind: 'query', version: 1, query: q({ sort: 'id', dir: 'asc' }), firstRows: 2 })
    await settled()
    // Another appliance's list does not replace this one's.
    handle({ id: 3, kind: 'load', version: 2, scope: 'b', body: body(JOBS.slice(0, 1)) })
    await settled()
    handle({ id: 4, kind: 'rows', version: 1, positions: Int32Array.of(0) })
    // A newer list of the same appliance does.
    handle({ id: 5, kind: 'load', version: 3, scope: 'a', body: body(JOBS.slice(0, 2)) })
    await settled()
    handle({ id: 6, kind: 'rows', version: 1, positions: Int32Array.of(0) })
    handle({ id: 7, kind: 'query', version: 2, query: ANY, firstRows: 5 })
    handle({ id: 8, kind: 'load', version: 4, scope: 'a', body: new TextEncoder().encode('<html>').buffer })
    await settled()
    expect(answers.map((a) => [a.id, a.kind])).toEqual([
      [1, 'loaded'],
      [2, 'queried'],
      [3, 'loaded'],
      [4, 'rows'],
      [5, 'loaded'],
      [6, 'stale'],
      [7, 'queried'],
      [8, 'error'],
    ])
    const queried = answers[1] as Extract<JobIndexAnswer, { kind: 'queried' }>
    expect(queried.positions).toHaveLength(JOBS.length)
    expect(queried.rows.map((j) => j.id)).toEqual([1, 2])
    expect((answers[3] as Extract<JobIndexAnswer, { kind: 'rows' }>).rows.map((j) => j.id)).toEqual([1])
    expect((answers[6] as Extract<JobIndexAnswer, { kind: 'queried' }>).positions).toHaveLength(1)
    expect(answers[7]).toMatchObject({ kind: 'error', name: 'MalformedJobList' })
  })

  it('refuses a list with a job that lacks a required field, naming the field and that job’s place', async () => {
    const answers: JobIndexAnswer[] = []
    const handle = createJobIndexHost((answer) => answers.push(answer))
    const nameless: unknown = { id: 9, type: 'backup', status: 'FAILED', startTime: '2026-11-27T10:00:00Z' }
    const text = JSON.stringify({ response: { jobResponseList: [...JOBS.slice(0, 3), nameless] } })
    // Two chunks: the nameless job is in the second run the stream parses, so its place counts the first.
    const cut = text.indexOf('},{') + 2
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text.slice(0, cut)))
        controller.enqueue(new TextEncoder().encode(text.slice(cut)))
        controller.close()
      },
    })
    handle({ id: 1, kind: 'load', version: 1, scope: '', body: stream })
    await expect.poll(() => answers.length).toBe(1)
    expect(answers[0]).toMatchObject({
      kind: 'error',
      problem: { field: 'name', at: '$.response.jobResponseList[3]' },
    })
  })
})

describe('reading times', () => {
  it('reads the appliance’s timestamps digit by digit exactly as Date.parse does, and other shapes too', () => {
    for (const value of [
      '2026-11-27T10:00:00Z',
      '2026-11-27T10:00:00.123Z',
      '1999-02-28T23:59:59.999Z',
      '2000-02-29T00:00:00Z',
      '2100-03-01T12:30:00Z',
      '1970-01-01T00:00:00.000Z',
      '2026-11-27T18:00:00+08:00',
      '2026-11-27T10:00:00.5Z',
    ]) {
      expect(timeMs(value), value).toBe(Date.parse(value))
    }
    for (const value of ['', null, undefined, 'yesterday', '2026-13-27T10:00:00Z', '2026-11-2xT10:00:00Z']) {
      expect(timeMs(value), String(value)).toBeNaN()
    }
  })
})
