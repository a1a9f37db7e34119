import { describe, expect, it } from 'vitest'
import type { Backup } from '../../api'
import { readListParams, writeListParams } from '../../lib/url/list-params'
import { backupFilterFields, filterBackups, NO_BACKUP_FILTERS } from './backup-filters'

const backups: Backup[] = [
  {
    backupId: 1,
    backupName: 'RG_A_old',
    createdTime: '2026-11-20T10:00:00+01:00',
    locations: 'PRIMARY',
    mounted: true,
  },
  {
    backupId: 2,
    backupName: 'RG_A_new',
    createdTime: '2026-11-27T00:30:00+01:00',
    locations: 'PRIMARY_AND_SECONDARY',
    hasVmwareSnapshot: true,
    policyName: 'Daily',
  },
  { backupId: 3, backupName: 'RG_B_mid', createdTime: '2026-11-25T10:00:00+01:00', locations: 'SECONDARY' },
]

describe('filterBackups', () => {
  it('lists newest first', () => {
    expect(filterBackups(backups, NO_BACKUP_FILTERS).map((b) => b.backupId)).toEqual([2, 3, 1])
  })

  it('filters by appliance date range, location, mounted, VMware snapshot and search', () => {
    // 00:30 at +01:00 is still the 27th on the appliance, although it is the 26th in UTC.
    expect(
      filterBackups(backups, { ...NO_BACKUP_FILTERS, from: '2026-11-27' }).map((b) => b.backupId),
    ).toEqual([2])
    expect(filterBackups(backups, { ...NO_BACKUP_FILTERS, to: '2026-11-25' }).map((b) => b.backupId)).toEqual(
      [3, 1],
    )
    expect(
      filterBackups(backups, { ...NO_BACKUP_FILTERS, location: 'secondary' }).map((b) => b.backupId),
    ).toEqual([2, 3])
    expect(filterBackups(backups, { ...NO_BACKUP_FILTERS, mounted: 'yes' }).map((b) => b.backupId)).toEqual([
      1,
    ])
    expect(filterBackups(backups, { ...NO_BACKUP_FILTERS, snapshot: 'no' }).map((b) => b.backupId)).toEqual([
      3, 1,
    ])
    expect(filterBackups(backups, { ...NO_BACKUP_FILTERS, q: 'daily' }).map((b) => b.backupId)).toEqual([2])
  })
})

describe('filters in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    const filters = { ...NO_BACKUP_FILTERS, q: 'rg', from: '2026-11-01', mounted: 'no' as const }
    const params = writeListParams(backupFilterFields, filters, new URLSearchParams('kind=vm&moref=vm-1'))
    expect(params.toString()).toBe('kind=vm&moref=vm-1&q=rg&from=2026-11-01&mounted=no')
    expect(readListParams(backupFilterFields, params)).toEqual(filters)
  })

  it('ignores values it does not know', () => {
    expect(
      readListParams(backupFilterFields, new URLSearchParams('from=yesterday&location=moon&mounted=maybe')),
    ).toEqual(NO_BACKUP_FILTERS)
  })
})
