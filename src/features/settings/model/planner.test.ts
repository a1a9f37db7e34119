import { describe, expect, it } from 'vitest'
import type { components } from '../../../api/schema'
import { UTC_ZONE, type TimeZone } from '../../../lib/time/zone'
import { findCollisions, groupScheduleRule, mondayOf, placeRuns, plannerRuns, weekRange } from './planner'

type ResourceGroup = components['schemas']['ResourceGroup']

const NEW_YORK: TimeZone = { kind: 'iana', name: 'America/New_York' }
const dump = { name: 'Schedule-DatabaseDump', cronExpression: '0 0 1 * * ?' }
const group = (
  id: number,
  schedule: components['schemas']['Schedule'],
  status = 'PRODUCTION',
): ResourceGroup =>
  ({
    id,
    name: `RG_${id}`,
    status,
    policies: [{ id: 1, name: 'Daily', schedule }],
  }) as ResourceGroup

const hoursOf = (slots: { label: string }[][], label: string) =>
  slots.flatMap((runs, hour) => (runs.some((r) => r.label === label) ? [hour] : []))

describe('schedule planner', () => {
  it('reads a Monday-start week and the daylight-saving change in it', () => {
    expect(mondayOf({ year: 2026, month: 3, day: 8 })).toMatchObject({ year: 2026, month: 3, day: 2 })
    const monday = { year: 2026, month: 3, day: 2 }
    const { from, to } = weekRange(monday, NEW_YORK)
    expect(new Date(from).toISOString()).toBe('2026-03-02T05:00:00.000Z')
    // Sunday the 8th has 23 hours in New York: the week is an hour short.
    expect(to - from).toBe(7 * 86_400_000 - 3_600_000)
    const days = placeRuns([], monday, NEW_YORK)
    expect(days[6]).toMatchObject({ hours: 23, change: { kind: 'forward', hour: 2 } })
    expect(days.slice(0, 6).every((d) => d.hours === 24)).toBe(true)
    const autumn = placeRuns([], { year: 2026, month: 10, day: 26 }, NEW_YORK)
    expect(autumn[6]).toMatchObject({ hours: 25, change: { kind: 'back', hour: 1 } })
  })

  it('places a built-in schedule in the appliance zone and in the viewer zone across the change', () => {
    const monday = { year: 2026, month: 3, day: 2 }
    // Appliance time (UTC): 01:00 every day.
    const utcWeek = weekRange(monday, UTC_ZONE)
    const utcDays = placeRuns(
      plannerRuns({ groups: [], builtIns: [dump], applianceZone: UTC_ZONE, ...utcWeek }),
      monday,
      UTC_ZONE,
    )
    expect(utcDays.map((d) => hoursOf(d.slots, dump.name))).toEqual([[1], [1], [1], [1], [1], [1], [1]])
    // The viewer in New York: 20:00 EST, then 21:00 EDT on the Sunday the clocks go forward.
    const nyWeek = weekRange(monday, NEW_YORK)
    const nyDays = placeRuns(
      plannerRuns({ groups: [], builtIns: [dump], applianceZone: UTC_ZONE, ...nyWeek }),
      monday,
      NEW_YORK,
    )
    expect(nyDays.map((d) => hoursOf(d.slots, dump.name))).toEqual([[20], [20], [20], [20], [20], [20], [21]])
  })

  it('expands group schedules: daily counts from the 1st, weekly on the start weekday, hourly from midnight', () => {
    expect(
      groupScheduleRule({ type: 'DAILY', every: 2, startDate: '2026-01-04', startTime: '01:00' })?.cron
        .expression,
    ).toBe('0 0 1 1/2 * ?')
    expect(
      groupScheduleRule({ type: 'HOURLY', every: 4, startDate: '2026-01-01', startTime: '10:05' })?.cron
        .hours,
    ).toEqual([2, 6, 10, 14, 18, 22])
    const monday = { year: 2026, month: 3, day: 2 }
    const week = weekRange(monday, UTC_ZONE)
    const weekly = group(7, { type: 'WEEKLY', every: 2, startDate: '2026-02-22', startTime: '02:00' }) // a Sunday
    const runs = plannerRuns({ groups: [weekly], builtIns: [], applianceZone: UTC_ZONE, ...week })
    expect(runs.map((r) => new Date(r.at).toISOString())).toEqual(['2026-03-08T02:00:00.000Z'])
    const suspended = group(
      8,
      { type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: '01:00' },
      'UNDER_MAINTENANCE',
    )
    expect(plannerRuns({ groups: [suspended], builtIns: [], applianceZone: UTC_ZONE, ...week })).toEqual([])
  })

  it('flags the database dump starting with backups, and several backups starting together', () => {
    const monday = { year: 2026, month: 3, day: 2 }
    const week = weekRange(monday, UTC_ZONE)
    const daily = (id: number, time: string) =>
      group(id, { type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: time })
    const runs = plannerRuns({
      groups: [daily(1, '01:00'), daily(2, '04:00'), daily(3, '04:10'), daily(4, '04:20')],
      builtIns: [dump],
      applianceZone: UTC_ZONE,
      ...week,
    })
    const collisions = findCollisions(runs)
    expect(collisions).toHaveLength(14)
    const first = collisions[0]
    expect(new Date(first?.at ?? 0).toISOString()).toBe('2026-03-02T01:00:00.000Z')
    expect(first?.runs.map((r) => r.label).sort()).toEqual(['RG_1', 'Schedule-DatabaseDump'])
    expect(collisions[1]?.runs.map((r) => r.label)).toEqual(['RG_2', 'RG_3', 'RG_4'])
  })
})
