// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { reportIndexOf } from '../../../lib/jobs/report-index'
import { jobAt } from '../../../test/job-fixture'
import { countPerDay, jobReportRows, reportWindow } from './job-report'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** 2026-11-27 10:00 UTC; the appliance is at UTC+08:00 (18:00 there). */
const now = Date.parse('2026-11-27T10:00:00Z')
const east8 = 8 * 60

describe('job report windows', () => {
  it('covers a preset back from the moment the list was read', () => {
    expect(reportWindow('7d', { from: '', to: '' }, now, east8)).toEqual({ fromMs: now - 7 * DAY, toMs: now })
  })

  it('holds custom days whole on the appliance’s calendar, never past now', () => {
    expect(reportWindow('custom', { from: '2026-11-20', to: '2026-11-21' }, now, east8)).toEqual({
      // 2026-11-20 00:00 at UTC+08:00 … 2026-11-21 23:59:59.999 there.
      fromMs: Date.parse('2026-11-19T16:00:00Z'),
      toMs: Date.parse('2026-11-21T15:59:59.999Z'),
    })
    expect(reportWindow('custom', { from: '2026-11-27', to: '2026-11-27' }, now, east8).toMs).toBe(now)
    // No dates: all SCV keeps, up to now.
    expect(reportWindow('custom', { from: '', to: '' }, now, east8)).toEqual({
      fromMs: now - 90 * DAY,
      toMs: now,
    })
  })

  it('lists the jobs that started inside the window, ends included, and an inverted window as empty', () => {
    // Jobs every 6 hours over 4 days (the fixture counts `id` minutes back from now).
    const jobs = Array.from({ length: 16 }, (_, i) => jobAt(now, { id: (i + 1) * 360 }))
    const index = reportIndexOf(jobs)
    const filters = { statuses: [], groupId: null, policyId: null }
    const window = reportWindow('custom', { from: '2026-11-25', to: '2026-11-26' }, now, east8)
    const rows = jobReportRows(index, 'backup', { ...filters, window })
    const starts = rows.map((row) => row.startMs)
    expect(starts.length).toBe(8)
    expect(Math.min(...starts)).toBe(window.fromMs)
    expect(Math.max(...starts)).toBeLessThanOrEqual(window.toMs)
    expect(countPerDay(rows, east8, window).map((day) => [day.day, day.SUCCESSFUL])).toEqual([
      ['2026-11-25', 4],
      ['2026-11-26', 4],
    ])

    // Every day of the window is listed, the ones without a job too (the jobs start at 18:00 on the 23rd).
    const wider = reportWindow('custom', { from: '2026-11-22', to: '2026-11-24' }, now, east8)
    const widerRows = jobReportRows(index, 'backup', { ...filters, window: wider })
    expect(countPerDay(widerRows, east8, wider).map((day) => [day.day, day.SUCCESSFUL])).toEqual([
      ['2026-11-22', 0],
      ['2026-11-23', 1],
      ['2026-11-24', 4],
    ])

    const inverted = reportWindow('custom', { from: '2026-11-26', to: '2026-11-25' }, now, east8)
    expect(jobReportRows(index, 'backup', { ...filters, window: inverted })).toEqual([])
    expect(countPerDay([], east8, inverted)).toEqual([])
  })
})
