import { describe, expect, it } from 'vitest'
import { parseQuartzCron, runsPerHour, type QuartzCron } from './quartz-cron'
import { nextRuns, cronRuns } from './quartz-runs'
import type { TimeZone } from '../time/zone'

const UTC: TimeZone = { kind: 'offset', minutes: 0 }
const NEW_YORK: TimeZone = { kind: 'iana', name: 'America/New_York' }

function parsed(expression: string): QuartzCron {
  const result = parseQuartzCron(expression)
  if (!result.ok) throw new Error(`${expression}: ${result.issue.code}`)
  return result.cron
}

function issueOf(expression: string) {
  const result = parseQuartzCron(expression)
  return result.ok ? null : result.issue
}

const iso = (ms: number[]) => ms.map((m) => new Date(m).toISOString())

describe('parseQuartzCron: the dialect SCV accepts', () => {
  it('reads the five seeded built-in expressions', () => {
    for (const e of ['0 0 1 * * ?', '0 30 0 * * ?', '0 0 3 ? * SUN', '0 8 1 * * ?', '0 0 0/6 * * ?'])
      expect(parseQuartzCron(e).ok, e).toBe(true)
    expect(parsed('0 0 0/6 * * ?').hours).toEqual([0, 6, 12, 18])
    expect(parsed('0 0 3 ? * SUN').dayOfWeek).toEqual({ kind: 'days', days: [1] })
  })

  it('needs ? in exactly one of the two day fields', () => {
    expect(issueOf('0 0 1 * * *')).toMatchObject({ code: 'questionMissing' })
    expect(issueOf('0 0 1 ? * ?')).toMatchObject({ code: 'questionBoth' })
    expect(issueOf('0 0 1 ? * MON-FRI')).toBeNull()
  })

  it('refuses five-field Unix cron and eight fields', () => {
    expect(issueOf('0 1 * * *')).toMatchObject({ code: 'fieldCount', params: { count: 5 } })
    expect(issueOf('0 0 1 * * ? 2027 x')).toMatchObject({ code: 'fieldCount', params: { count: 8 } })
    expect(issueOf('   ')).toMatchObject({ code: 'empty' })
  })

  it('checks each field range and names the field', () => {
    expect(issueOf('60 0 1 * * ?')).toMatchObject({ code: 'range', field: 'second' })
    expect(issueOf('0 0 24 * * ?')).toMatchObject({ code: 'range', field: 'hour', params: { max: 23 } })
    expect(issueOf('0 0 1 32 * ?')).toMatchObject({ code: 'range', field: 'dayOfMonth' })
    expect(issueOf('0 0 1 ? * 0')).toMatchObject({ code: 'range', field: 'dayOfWeek', params: { min: 1 } })
    expect(issueOf('0 0 1 ? 13 MON')).toMatchObject({ code: 'range', field: 'month' })
    expect(issueOf('0 0 1 * * ? 1969')).toMatchObject({ code: 'range', field: 'year' })
    expect(issueOf('0 0 1 ? * FOO')).toMatchObject({ code: 'invalid', field: 'dayOfWeek' })
  })

  it('uses Quartz weekday numbering 1 = Sunday and accepts names in any case', () => {
    expect(parsed('0 0 1 ? * 2-6').dayOfWeek).toEqual({ kind: 'days', days: [2, 3, 4, 5, 6] })
    expect(parsed('0 0 1 ? * mon-fri').dayOfWeek).toEqual({ kind: 'days', days: [2, 3, 4, 5, 6] })
    expect(parsed('0 0 1 ? jan,jul WED').months).toEqual([1, 7])
  })

  it('wraps ranges round the field and steps from a start', () => {
    expect(parsed('0 0 22-2 * * ?').hours).toEqual([0, 1, 2, 22, 23])
    expect(parsed('0 0 1 ? * FRI-MON').dayOfWeek).toEqual({ kind: 'days', days: [1, 2, 6, 7] })
    expect(parsed('0 5/20 * * * ?').minutes).toEqual([5, 25, 45])
    expect(parsed('0 */15 * * * ?').minutes).toEqual([0, 15, 30, 45])
    expect(parsed('0 10-40/10 * * * ?').minutes).toEqual([10, 20, 30, 40])
    expect(issueOf('0 0/0 * * * ?')).toMatchObject({ code: 'step', field: 'minute' })
    expect(issueOf('0 0/60 * * * ?')).toMatchObject({ code: 'step', field: 'minute' })
  })

  it('knows L, W and # and where they may stand', () => {
    expect(parsed('0 0 1 L * ?').dayOfMonth).toEqual({ kind: 'last', offset: 0, weekday: false })
    expect(parsed('0 0 1 L-3 * ?').dayOfMonth).toEqual({ kind: 'last', offset: 3, weekday: false })
    expect(parsed('0 0 1 LW * ?').dayOfMonth).toEqual({ kind: 'last', offset: 0, weekday: true })
    expect(parsed('0 0 1 15W * ?').dayOfMonth).toEqual({ kind: 'nearestWeekday', day: 15 })
    expect(parsed('0 0 1 ? * 6L').dayOfWeek).toEqual({ kind: 'last', day: 6 })
    expect(parsed('0 0 1 ? * FRIL').dayOfWeek).toEqual({ kind: 'last', day: 6 })
    expect(parsed('0 0 1 ? * L').dayOfWeek).toEqual({ kind: 'last', day: 7 })
    expect(parsed('0 0 1 ? * MON#2').dayOfWeek).toEqual({ kind: 'nth', day: 2, n: 2 })
    expect(parsed('0 0 1 ? * WED').dayOfWeek).toEqual({ kind: 'days', days: [4] })
    expect(issueOf('0 0 1 ? * 2#6')).toMatchObject({ code: 'nth' })
    expect(issueOf('0 0 1 L,15 * ?')).toMatchObject({ code: 'specialWithList', field: 'dayOfMonth' })
    expect(issueOf('0 0 1 ? * 6L,2')).toMatchObject({ code: 'specialWithList', field: 'dayOfWeek' })
    expect(issueOf('0 0 L * * ?')).toMatchObject({ code: 'notHere', field: 'hour' })
    expect(issueOf('0 0 1 L-31 * ?')).toMatchObject({ code: 'lastOffset' })
    expect(issueOf('0 ? 1 * * ?')).toMatchObject({ code: 'questionOnlyDays', field: 'minute' })
  })

  it('counts runs within an hour for the "more often than hourly" warning', () => {
    expect(runsPerHour(parsed('0 0 1 * * ?'))).toBe(1)
    expect(runsPerHour(parsed('0 0/30 * * * ?'))).toBe(2)
    expect(runsPerHour(parsed('* * * * * ?'))).toBe(3600)
  })
})

describe('nextRuns', () => {
  const at = Date.parse('2026-11-27T12:00:00Z') // a Friday

  it('lists the next runs of a daily and a six-hourly schedule', () => {
    expect(iso(nextRuns(parsed('0 0 1 * * ?'), UTC, at, 2))).toEqual([
      '2026-11-28T01:00:00.000Z',
      '2026-11-29T01:00:00.000Z',
    ])
    expect(iso(nextRuns(parsed('0 0 0/6 * * ?'), UTC, at, 3))).toEqual([
      '2026-11-27T18:00:00.000Z',
      '2026-11-28T00:00:00.000Z',
      '2026-11-28T06:00:00.000Z',
    ])
  })

  it('places runs in the zone given: 01:00 in a UTC+08:00 appliance is 17:00 UTC', () => {
    expect(iso(nextRuns(parsed('0 0 1 * * ?'), { kind: 'offset', minutes: 480 }, at, 1))).toEqual([
      '2026-11-27T17:00:00.000Z',
    ])
  })

  it('finds the last Friday, the nearest weekday and the nth weekday of a month', () => {
    // The 27th is November's last Friday, but 12:00 is not after 12:00: the next is December's.
    expect(iso(nextRuns(parsed('0 0 12 ? * 6L'), UTC, at, 1))).toEqual(['2026-12-25T12:00:00.000Z'])
    // 2027-05-15 is a Saturday: 15W runs on Friday the 14th.
    expect(iso(nextRuns(parsed('0 0 9 15W 5 ? 2027'), UTC, at, 1))).toEqual(['2027-05-14T09:00:00.000Z'])
    // 2027-02-28 is a Sunday: LW is Friday the 26th.
    expect(iso(nextRuns(parsed('0 0 9 LW 2 ? 2027'), UTC, at, 1))).toEqual(['2027-02-26T09:00:00.000Z'])
    expect(iso(nextRuns(parsed('0 0 9 ? * MON#1'), UTC, at, 1))).toEqual(['2026-12-07T09:00:00.000Z'])
  })

  it('returns nothing for a schedule that can never run again', () => {
    expect(nextRuns(parsed('0 0 0 30 2 ?'), UTC, at, 5)).toEqual([])
    expect(nextRuns(parsed('0 0 0 * * ? 2020'), UTC, at, 5)).toEqual([])
  })

  it('moves a time in the spring-forward gap forward and runs once in the repeated hour', () => {
    // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    const beforeSpring = Date.parse('2026-03-07T12:00:00Z')
    expect(iso(nextRuns(parsed('0 30 2 * * ?'), NEW_YORK, beforeSpring, 2))).toEqual([
      '2026-03-08T07:30:00.000Z', // 03:30 EDT: the gap moved it an hour
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
    ])
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice and runs at the first.
    const beforeFall = Date.parse('2026-10-31T12:00:00Z')
    expect(iso(nextRuns(parsed('0 30 1 * * ?'), NEW_YORK, beforeFall, 2))).toEqual([
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
    ])
  })

  it('stops at the end of a window and copes with a run every second', () => {
    const runs = cronRuns(parsed('* * * * * ?'), NEW_YORK, { after: at, before: at + 10_000, limit: 100 })
    expect(runs).toHaveLength(9)
    expect(nextRuns(parsed('* * * * * ?'), UTC, at, 5)).toEqual([1, 2, 3, 4, 5].map((s) => at + s * 1000))
  })
})
