// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { jobAt } from '../../../test/job-fixture'
import { readListParams, writeListParams } from '../../../lib/url/list-params'
import type { Job } from './job-row'
import { toJobRow } from './job-row'
import { DEFAULT_FILTERS, jobFilterFields, toJobQuery, type JobFilters } from './job-filters'
import { assessRunning, usualDuration } from './job-set'
import { countJobStatuses } from './status-counts'
import { JobIndex } from '../../../api/resources/job-index'
import type { JobsSnapshot } from '../../../api/resources'

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

describe('the question for the job index', () => {
  it('turns the URL filters and the search box into a query, time ranges counting back from the list', () => {
    expect(toJobQuery(filters({ range: '24h', statuses: ['FAILED'], sort: 'id' }), '  Space ', NOW)).toEqual({
      types: [],
      statuses: ['FAILED'],
      causes: [],
      since: NOW - 24 * 60 * MIN,
      text: 'Space',
      sort: 'id',
      dir: 'desc',
    })
    expect(toJobQuery(DEFAULT_FILTERS, '', NOW).since).toBeNull()
  })
})

describe('counts and running jobs', () => {
  const jobs: Job[] = [
    job({ id: 1, status: 'FAILED', failureReason: 'Volume out of space' }),
    job({ id: 2, type: 'restore', status: 'SUCCESSFUL' }),
    job({
      id: 3,
      status: 'RUNNING',
      endTime: null,
      startTime: new Date(NOW - 3 * 24 * 60 * MIN).toISOString(),
    }),
    job({ id: 4 }),
    job({ id: 30 * 60, type: 'mountBackup', status: 'WARNING' }),
  ]
  const snapshot: JobsSnapshot = { version: 1, summary: new JobIndex(jobs).summary(NOW), at: NOW }

  it('counts statuses of the last 24 hours and flags a job running days past its usual time', () => {
    expect(countJobStatuses(snapshot)).toEqual({
      running: 1,
      possiblyStuck: 1,
      failed24h: 1,
      warning24h: 0,
      successful24h: 2,
    })
    const running = snapshot.summary.running[0] as Job
    expect(assessRunning(running, snapshot, NOW)).toEqual({
      elapsedMs: 3 * 24 * 60 * MIN,
      medianMs: 5 * MIN,
      possiblyStuck: true,
    })
    expect(usualDuration(snapshot, 'restore')).toBe(5 * MIN)
    expect(usualDuration(snapshot, 'purgeJobs')).toBeUndefined()
  })
})
