import { describe, expect, it } from 'vitest'
import { fromLocal, offsetAt, parseZone, toLocal, zoneLabel, type TimeZone } from './zone'

const BERLIN: TimeZone = { kind: 'iana', name: 'Europe/Berlin' }

describe('time zones', () => {
  it('reads zone names and offsets, and refuses anything else', () => {
    expect(parseZone('UTC')).toEqual({ kind: 'offset', minutes: 0 })
    expect(parseZone('UTC+08:00')).toEqual({ kind: 'offset', minutes: 480 })
    expect(parseZone('-05:30')).toEqual({ kind: 'offset', minutes: -330 })
    expect(parseZone('Asia/Taipei')).toEqual({ kind: 'iana', name: 'Asia/Taipei' })
    expect(parseZone('Mars/Olympus')).toBeNull()
    expect(zoneLabel({ kind: 'offset', minutes: -330 })).toBe('UTC-05:30')
  })

  it('converts wall-clock times both ways, with the daylight-saving gap and repeat', () => {
    // Berlin 2026-03-29: 02:00 CET jumps to 03:00 CEST; 2026-10-25: 03:00 CEST falls back to 02:00 CET.
    expect(offsetAt(BERLIN, Date.parse('2026-03-29T00:59:00Z'))).toBe(60)
    expect(offsetAt(BERLIN, Date.parse('2026-03-29T01:00:00Z'))).toBe(120)
    expect(fromLocal({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, BERLIN)).toEqual({
      instant: Date.parse('2026-03-29T01:30:00Z'),
      shifted: true,
    })
    expect(fromLocal({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, BERLIN)).toEqual({
      instant: Date.parse('2026-10-25T00:30:00Z'),
      shifted: false,
    })
    expect(toLocal(Date.parse('2026-10-25T01:30:00Z'), BERLIN)).toMatchObject({
      hour: 2,
      minute: 30,
      weekday: 1,
    })
  })
})
