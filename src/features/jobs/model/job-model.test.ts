// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { jobAt } from '../../../test/job-fixture'
import { readListParams, writeListParams } from '../../../lib/url/list-params'
import type { Job } from './job-row'
import { toJobRow } from './job-row'
import {
  DEFAULT_FILTERS,
  filterJobRows,
  filterJobRowsIncremental,
  jobFilterFields,
  sortJobRows,
  type JobFilters,
} from './job-filters'
import { assessRunning, jobSetOf } from './job-set'
import { countJobStatuses } from './status-counts'
import { countFailureCauses } from './cause-counts'

const NOW = Date.parse('2026-11-27T12:00:00Z')
const MIN = 60_000

const job = (partial: Partial<Job> & { id: number }): Job => jobAt(NOW, partial)

const parseJobFilters = (params: URLSearchParams) => readListParams(jobFilterFields, params)
const jobFiltersToParams = (value: JobFilters) => writeListParams(jobFilterFields, value)
const filters = (patch: Partial<JobFilters>): JobFilters => ({ ...DEFAULT_FILTERS, ...patch })

describe('job rows', () => {
  it('parses times once and keeps unknown type and status as null without throwing', () => {
    const broken = { id: 7, name: 'x', type: 'snapMirrorUpdate', status: 'PAUSED' } as unknown as Job
    const row = toJobRow(broken, 0)
    expect(row.type).toBeNull()
    expect(row.status).toBeNull()
    expect(Number.isNaN(row.startMs)).toBe(true)
    expect(Number.isNaN(row.durationMs)).toBe(true)
    const missing = toJobRow({} as Job, 1)
    expect(Number.isNaN(missing.id)).toBe(true)
  })
})

describe('filters in the URL', () => {
  it('round-trips every filter and leaves defaults out', () => {
    const value = filters({
      types: ['backup', 'restore'],
      statuses: ['FAILED'],
      causes: ['staleLun', 'unrecognised'],
      range: '24h',
      query: 'rg_prod',
      sort: 'duration',
      dir: 'asc',
    })
    const params = jobFiltersToParams(value)
    expect(params.toString()).toBe(
      'type=backup%2Crestore&status=FAILED&cause=staleLun%2Cunrecognised&range=24h&q=rg_prod&sort=duration&dir=asc',
    )
    expect(parseJobFilters(params)).toEqual(value)
    expect(jobFiltersToParams(DEFAULT_FILTERS).toString()).toBe('')
  })

  it('falls back to defaults for values it does not know', () => {
    const parsed = parseJobFilters(
      new URLSearchParams('range=forever&sort=colour&dir=up&status=failed&cause=gremlins,staleLun'),
    )
    expect(parsed.causes).toEqual(['staleLun'])
    expect(parsed.range).toBe('all')
    expect(parsed.sort).toBe('start')
    expect(parsed.dir).toBe('desc')
    expect(parsed.statuses).toEqual(['FAILED'])
  })
})

describe('filtering and sorting', () => {
  const jobs: Job[] = [
    job({ id: 1, status: 'FAILED', failureReason: 'Volume out of space', resourceGroupName: 'RG_Prod' }),
    job({ id: 2, type: 'restore', status: 'SUCCESSFUL', objectName: 'vm-web-01' }),
    job({
      id: 3,
      status: 'RUNNING',
      endTime: null,
      startTime: new Date(NOW - 3 * 24 * 60 * MIN).toISOString(),
    }),
    job({ id: 4 }),
    job({ id: 30 * 60, type: 'mountBackup', status: 'WARNING' }),
    { id: 5, name: 'odd', type: 'weird', status: 'ODD', startTime: '' } as unknown as Job,
  ]
  const set = jobSetOf(jobs)

  it('filters by type, status, time range and text, keeping the sorted order', () => {
    const sorted = sortJobRows(set.rows, 'id', 'asc')
    const ids = (f: JobFilters) => filterJobRows(sorted, f, NOW, set.searchText()).map((r) => r.id)
    expect(ids(filters({ types: ['restore'] }))).toEqual([2])
    expect(ids(filters({ statuses: ['FAILED', 'WARNING'] }))).toEqual([1, 1800])
    expect(ids(filters({ statuses: ['UNKNOWN'] }))).toEqual([5])
    expect(ids(filters({ types: ['unknown'] }))).toEqual([5])
    // Job 1's reason matches no known cause; the warning (no reason) neither.
    expect(ids(filters({ causes: ['unrecognised'] }))).toEqual([1, 1800])
    expect(ids(filters({ causes: ['quiesceFailed'] }))).toEqual([])
    // Running jobs stay in a time-range view; the 30-hour-old job and the one without a start drop out.
    expect(ids(filters({ range: '24h' }))).toEqual([1, 2, 3, 4])
    expect(ids(filters({ query: 'OUT OF SPACE' }))).toEqual([1])
    expect(ids(filters({ query: 'vm-web' }))).toEqual([2])
  })

  it('narrows the previous result while the search text grows, and starts over when it shrinks', () => {
    const sorted = sortJobRows(set.rows, 'id', 'asc')
    const text = set.searchText()
    const ids = (query: string) =>
      filterJobRowsIncremental(sorted, filters({ query }), NOW, query ? text : null).map((r) => r.id)
    expect(ids('o')).toEqual(filterJobRows(sorted, filters({ query: 'o' }), NOW, text).map((r) => r.id))
    expect(ids('ou')).toEqual([1, 1800])
    expect(ids('out')).toEqual([1])
    expect(ids('o')).toEqual(filterJobRows(sorted, filters({ query: 'o' }), NOW, text).map((r) => r.id))
    expect(ids('')).toHaveLength(sorted.length)
  })

  it('counts failed and warning jobs per likely cause over 24 hours and 7 days, most frequent first', () => {
    const rows = jobSetOf([
      job({ id: 1, status: 'FAILED', failureReason: 'Host unresolved volumes is null' }),
      job({ id: 2, status: 'WARNING', failureReason: 'one or more VMs could not be quiesced' }),
      job({ id: 3, status: 'WARNING', failureReason: 'one or more VMs could not be quiesced' }),
      job({ id: 3 * 24 * 60, status: 'WARNING', failureReason: 'one or more VMs could not be quiesced' }),
      job({ id: 8 * 24 * 60, status: 'FAILED', failureReason: 'Host unresolved volumes is null' }),
      job({ id: 5, status: 'FAILED', failureReason: 'Volume out of space' }),
      job({ id: 6, status: 'SUCCESSFUL' }),
    ]).rows
    expect(countFailureCauses(rows, NOW)).toEqual([
      { cause: 'quiesceFailed', last24h: 2, last7d: 3 },
      { cause: 'staleLun', last24h: 1, last7d: 1 },
      { cause: 'unrecognised', last24h: 1, last7d: 1 },
    ])
  })

  it('sorts with missing values last in both directions', () => {
    expect(sortJobRows(set.rows, 'start', 'desc').map((r) => r.id)).toEqual([1, 2, 4, 1800, 3, 5])
    expect(sortJobRows(set.rows, 'start', 'asc').map((r) => r.id)).toEqual([3, 1800, 4, 2, 1, 5])
    expect(
      sortJobRows(set.rows, 'duration', 'asc')
        .map((r) => r.id)
        .slice(-2),
    ).toEqual([3, 5])
  })

  it('counts statuses of the last 24 hours and flags a job running days past its usual time', () => {
    const counts = countJobStatuses(set, NOW)
    expect(counts).toEqual({ running: 1, possiblyStuck: 1, failed24h: 1, warning24h: 0, successful24h: 2 })
    const running = set.running[0]
    expect(running && assessRunning(running, set, NOW).medianMs).toBe(5 * MIN)
  })
})
