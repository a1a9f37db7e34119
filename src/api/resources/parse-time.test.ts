// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseTimeMs } from './parse-time'

describe('parseTimeMs', () => {
  it('reads ISO date-times with Z, offsets and fractions like Date.parse does', () => {
    for (const value of [
      '2026-11-27T10:00:00Z',
      '2026-11-27T10:00:00.123Z',
      '2026-11-27T10:00:00.5Z',
      '2026-11-27T18:00:00+08:00',
      '2026-11-27T05:30:00-0430',
      '2026-11-27',
    ]) {
      expect(parseTimeMs(value)).toBe(Date.parse(value))
    }
  })

  it('gives NaN for missing or unreadable values', () => {
    expect(parseTimeMs(null)).toBeNaN()
    expect(parseTimeMs('')).toBeNaN()
    expect(parseTimeMs('yesterday')).toBeNaN()
  })
})
