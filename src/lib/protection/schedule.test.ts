// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { cadenceMs, expectedRuns, graceMs, scheduleStartMs } from './schedule'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const iso = (ms: number) => new Date(ms).toISOString()

describe('cadenceMs and graceMs', () => {
  it('reads the schedule, or the policy frequency when the group has no schedule', () => {
    expect(cadenceMs({ type: 'HOURLY', every: 4 }, 'DAILY')).toBe(4 * HOUR)
    expect(cadenceMs({ type: 'DAILY', every: 2 }, null)).toBe(2 * DAY)
    expect(cadenceMs({ type: 'WEEKLY', every: 1 }, null)).toBe(7 * DAY)
    expect(cadenceMs({ type: 'MONTHLY', every: 1 }, null)).toBe(31 * DAY)
    expect(cadenceMs(null, 'WEEKLY')).toBe(7 * DAY)
    expect(cadenceMs(null, 'ON_DEMAND')).toBeNull()
    expect(cadenceMs(undefined, undefined)).toBeNull()
  })

  it('allows a quarter of the interval, at least an hour', () => {
    expect(graceMs(HOUR)).toBe(HOUR)
    expect(graceMs(DAY)).toBe(6 * HOUR)
  })
})

describe('expectedRuns', () => {
  const from = Date.parse('2026-11-01T00:00:00Z')
  const to = Date.parse('2026-11-07T23:59:59Z')

  it('reads the start in the appliance zone', () => {
    expect(
      iso(scheduleStartMs({ type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: '01:00' }, 480)!),
    ).toBe('2025-12-31T17:00:00.000Z')
  })

  it('runs hourly schedules every N hours from the start', () => {
    const runs = expectedRuns(
      { type: 'HOURLY', every: 6, startDate: '2026-10-01', startTime: '00:05' },
      from,
      from + DAY,
      0,
    )
    expect(runs.map(iso)).toEqual([
      '2026-11-01T00:05:00.000Z',
      '2026-11-01T06:05:00.000Z',
      '2026-11-01T12:05:00.000Z',
      '2026-11-01T18:05:00.000Z',
    ])
  })

  it('counts "every N days" from day 1 of each month, at the local time', () => {
    const runs = expectedRuns(
      { type: 'DAILY', every: 3, startDate: '2026-01-15', startTime: '01:00' },
      from,
      to,
      480,
    )
    // Days 1, 4 and 7 at 01:00 UTC+08:00.
    expect(runs.map(iso)).toEqual(['2026-11-03T17:00:00.000Z', '2026-11-06T17:00:00.000Z'])
    const daily = expectedRuns(
      { type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: '01:00' },
      from,
      to,
      0,
    )
    expect(daily).toHaveLength(7)
  })

  it('runs weekly from the start date and monthly on its day', () => {
    const weekly = expectedRuns(
      { type: 'WEEKLY', every: 1, startDate: '2026-01-04', startTime: '02:00' },
      from,
      to,
      0,
    )
    expect(weekly.map(iso)).toEqual(['2026-11-01T02:00:00.000Z'])
    const monthly = expectedRuns(
      { type: 'MONTHLY', every: 1, startDate: '2026-01-31', startTime: '03:00' },
      Date.parse('2026-02-01T00:00:00Z'),
      Date.parse('2026-04-30T23:00:00Z'),
      0,
    )
    expect(monthly.map(iso)).toEqual([
      '2026-02-28T03:00:00.000Z',
      '2026-03-31T03:00:00.000Z',
      '2026-04-30T03:00:00.000Z',
    ])
  })

  it('expects nothing before the schedule starts', () => {
    expect(
      expectedRuns({ type: 'DAILY', every: 1, startDate: '2026-12-01', startTime: '01:00' }, from, to, 0),
    ).toEqual([])
  })
})
