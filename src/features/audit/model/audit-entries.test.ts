import { describe, expect, it } from 'vitest'
import { eventTypes, filterAuditRows, parseRawLine, toAuditRows, UNPARSED_EVENT } from './audit-entries'

const LINE =
  '2026-11-27T10:15:02.123Z AUDIT user="DEMO\\administrator" event="Resource Group Create" object="RG_Finance_DB" msg="Resource group RG_Finance_DB created."'

describe('reading audit lines', () => {
  it('parses time, user, event, object and message out of a key=value line', () => {
    expect(parseRawLine(LINE)).toEqual({
      at: Date.parse('2026-11-27T10:15:02.123Z'),
      user: 'DEMO\\administrator',
      event: 'Resource Group Create',
      object: 'RG_Finance_DB',
      message: 'Resource group RG_Finance_DB created.',
      unparsed: false,
    })
  })

  it('keeps a free-text line whole as its message, with its time when it has one', () => {
    const line = '2026-11-27T11:00:00Z maintenance-console: user maint restarted the service'
    expect(parseRawLine(line)).toMatchObject({
      at: Date.parse('2026-11-27T11:00:00Z'),
      event: null,
      message: 'maintenance-console: user maint restarted the service',
      unparsed: true,
    })
    expect(parseRawLine('garbage')).toMatchObject({ at: null, message: 'garbage', unparsed: true })
  })

  it("prefers the appliance's fields and keeps the raw line", () => {
    const [row] = toAuditRows([
      {
        raw: 'opaque',
        timestamp: '2026-11-27T10:00:00Z',
        user: 'u',
        event: 'Backup Mount',
        object: 'b1',
        message: 'm',
      },
    ])
    expect(row).toMatchObject({
      raw: 'opaque',
      event: 'Backup Mount',
      at: Date.parse('2026-11-27T10:00:00Z'),
    })
  })
})

describe('filtering', () => {
  const rows = toAuditRows([
    { raw: LINE },
    { raw: LINE.replace('10:15', '12:15').replace('Resource Group Create', 'Backup Mount') },
    { raw: '2026-11-27T13:00:00Z admin-console: user admin changed NTP' },
  ])

  it('searches every word across the fields and the raw line, case-insensitively', () => {
    expect(filterAuditRows(rows, { search: 'finance MOUNT', event: '', from: null, to: null })).toHaveLength(
      1,
    )
    expect(filterAuditRows(rows, { search: 'ntp', event: '', from: null, to: null })).toHaveLength(1)
  })

  it('filters by event type, unparsed lines, and time (lines without a time drop out of a time filter)', () => {
    expect(filterAuditRows(rows, { search: '', event: 'Backup Mount', from: null, to: null })).toHaveLength(1)
    expect(filterAuditRows(rows, { search: '', event: UNPARSED_EVENT, from: null, to: null })[0]?.index).toBe(
      2,
    )
    const from = Date.parse('2026-11-27T12:00:00Z')
    expect(filterAuditRows(rows, { search: '', event: '', from, to: null }).map((r) => r.index)).toEqual([
      1, 2,
    ])
    expect(eventTypes(rows)).toEqual(['Backup Mount', 'Resource Group Create'])
  })
})
