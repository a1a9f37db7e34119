// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { jobAt } from '../../test/job-fixture'
import type { Job } from '../types'
import {
  endedJobs,
  jobPace,
  LIVE_POLL_MS,
  listPace,
  median,
  pollIntervalFor,
  STUCK_RECHECK_MS,
} from './job-activity'

const NOW = Date.parse('2026-11-27T12:00:00Z')
const MIN = 60_000
const DAY = 86_400_000

const job = (partial: Partial<Job> & { id: number }): Job => jobAt(NOW, partial)

const running = (id: number, startedAgoMs: number, patch: Partial<Job> = {}): Job =>
  job({
    id,
    status: 'RUNNING',
    endTime: null,
    startTime: new Date(NOW - startedAgoMs).toISOString(),
    ...patch,
  })

describe('the jobs polling rule', () => {
  it('follows progress closely, re-checks stuck jobs slowly, and does nothing when nothing runs', () => {
    expect(pollIntervalFor(listPace([job({ id: 1 }), running(2, MIN)], { now: NOW }))).toBe(LIVE_POLL_MS)
    const stuck = [job({ id: 1 }), running(2, 2 * DAY)]
    expect(listPace(stuck, { now: NOW })).toBe('stuck')
    expect(pollIntervalFor(listPace(stuck, { now: NOW }))).toBe(STUCK_RECHECK_MS)
    expect(pollIntervalFor(listPace([job({ id: 1 })], { now: NOW }))).toBe(false)
    expect(pollIntervalFor(listPace(undefined, { now: NOW }))).toBe(false)
  })

  it('judges only the jobs a caller follows (one group)', () => {
    const jobs = [running(1, 2 * DAY, { resourceGroupId: 2 }), running(3, MIN, { resourceGroupId: 5 })]
    expect(listPace(jobs, { now: NOW })).toBe('progressing')
    expect(listPace(jobs, { now: NOW, include: (j) => j.resourceGroupId === 2 })).toBe('stuck')
    expect(listPace(jobs, { now: NOW, include: (j) => j.resourceGroupId === 9 })).toBe('idle')
  })

  it('judges one job against its type’s usual duration from the list, or 6 hours without one', () => {
    // Usual backup: 5 minutes, so 40 minutes is past 30 min (the floor) and counts as stuck.
    const history = [job({ id: 1 }), job({ id: 2 }), job({ id: 3 })]
    const slow = running(9, 40 * MIN)
    expect(jobPace(slow, history, NOW)).toBe('stuck')
    expect(jobPace(slow, undefined, NOW)).toBe('progressing')
    expect(jobPace(running(9, 7 * 60 * MIN), undefined, NOW)).toBe('stuck')
    expect(jobPace(job({ id: 4 }), history, NOW)).toBe('idle')
    expect(jobPace(undefined, history, NOW)).toBe('idle')
  })

  it('computes medians of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('ended jobs', () => {
  it('notices a job that ran before and no longer runs, and nothing else', () => {
    const before = [running(1, MIN), running(2, 2 * DAY)]
    expect(endedJobs(before, [job({ id: 1 }), running(2, 2 * DAY)])).toBe(true)
    expect(endedJobs(before, [running(2, 2 * DAY)])).toBe(true)
    expect(endedJobs(before, [running(1, MIN), running(2, 2 * DAY), running(3, MIN)])).toBe(false)
    expect(endedJobs(undefined, before)).toBe(false)
    expect(endedJobs([job({ id: 1 })], [job({ id: 1 })])).toBe(false)
  })

  it('notices a job that started and ended between two reads, but not one that still runs', () => {
    const before = [job({ id: 1 }), running(2, 2 * DAY)]
    expect(endedJobs(before, [...before, job({ id: 3 })])).toBe(true)
    expect(endedJobs(before, [...before, running(3, MIN)])).toBe(false)
  })
})
