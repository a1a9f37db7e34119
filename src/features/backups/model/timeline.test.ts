// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildTimeline } from './timeline'

const now = Date.parse('2026-11-27T12:00:00Z')
const backup = (id: number, created: string, locations: string, lock: string | null = null) => ({
  backupId: id,
  backupName: `b${id}`,
  createdTime: created,
  locations: locations as 'PRIMARY',
  primaryLockExpiry: lock,
  secondaryLockExpiry: null,
})

describe('buildTimeline', () => {
  it('places points on their lanes, shades locks to their expiry and finds days the schedule expected', () => {
    const timeline = buildTimeline(
      [
        backup(1, '2026-11-27T01:00:00Z', 'PRIMARY_AND_SECONDARY', '2026-11-27T06:00:00Z'),
        backup(2, '2026-11-25T01:00:00Z', 'SECONDARY'),
        backup(3, '2026-11-20T01:00:00Z', 'PRIMARY'), // before the window
      ],
      [{ type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: '01:00' }],
      { now, days: 3, offsetMinutes: 0 },
    )
    expect(timeline.days.map((day) => day.label)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27'])
    expect(timeline.marks.map((mark) => [mark.backup.backupId, mark.lane, mark.lockedUntilMs])).toEqual([
      [2, 'secondary', null],
      [1, 'primary', Date.parse('2026-11-27T06:00:00Z')],
      [1, 'secondary', Date.parse('2026-11-27T06:00:00Z')],
    ])
    expect(timeline.expected.map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-11-25T01:00:00.000Z',
      '2026-11-26T01:00:00.000Z',
      '2026-11-27T01:00:00.000Z',
    ])
    expect(timeline.gapDays).toEqual(['2026-11-26'])
  })
})
