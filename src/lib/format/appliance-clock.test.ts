// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { applianceOffsetIn, applianceStamp, applianceZoneLabel } from './appliance-clock'

describe('appliance clock', () => {
  it('takes the offset of the first time that has one', () => {
    expect(applianceOffsetIn([null, '', '2026-11-27T10:00:00+08:00', '2026-11-27T10:00:00Z'])).toBe(480)
    expect(applianceOffsetIn(['2026-11-27T10:00:00Z'])).toBe(0)
    expect(applianceOffsetIn([undefined])).toBeNull()
    expect(applianceZoneLabel(-330)).toBe('UTC-05:30')
    expect(applianceZoneLabel(null)).toBeNull()
  })

  it('writes times on the appliance clock', () => {
    expect(applianceStamp('2026-11-27T10:00:05.123+08:00')).toBe('2026-11-27 10:00:05')
    expect(applianceStamp('2026-11-27T23:30:00Z')).toBe('2026-11-27 23:30:00')
    expect(applianceStamp(null)).toBe('')
    expect(applianceStamp('not a time')).toBe('')
  })
})
