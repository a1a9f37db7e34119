import { describe, expect, it } from 'vitest'
import type { components } from '../../api'
import { parseFormMessage } from '../../lib/forms/form-message'
import { defaultBackup, defaultHost, defaultLocation, defaultRestart } from './default-choices'

type Backup = components['schemas']['Backup']

const backup = (id: number, createdTime: string, extra: Partial<Backup> = {}): Backup => ({
  backupId: id,
  backupName: `b${id}`,
  createdTime,
  status: 'COMPLETED',
  partial: false,
  ...extra,
})

/** The reasons as `key(name)` so a rule reads at a glance. */
const reasons = (list: readonly string[]) =>
  list.map((text) => {
    const message = parseFormMessage(text)
    return `${message?.key}(${message?.params.name ?? message?.params.host ?? message?.params.count ?? ''})`
  })

describe('defaultBackup', () => {
  it('takes the newest backup that can be restored and names each one skipped with its reason', () => {
    const choice = defaultBackup([
      backup(1, '2026-11-02T01:00:00+08:00'),
      backup(3, '2026-11-03T01:00:00+08:00', { status: 'FAILED' }),
      backup(4, '2026-11-03T02:00:00+08:00', { status: 'RUNNING' }),
      backup(2, '2026-11-02T23:00:00+08:00'),
    ])
    expect(choice?.value.backupId).toBe(2)
    expect(reasons(choice?.reasons ?? [])).toEqual([
      'defaults.backupNewest(b2)',
      'defaults.skipped.running(b4)',
      'defaults.skipped.failed(b3)',
    ])
    expect(choice?.onlyChoice).toBe(false)
  })

  it('passes over a partial backup when a full one exists from the same day, not otherwise', () => {
    const sameDay = defaultBackup([
      backup(1, '2026-11-03T01:00:00+08:00'),
      backup(2, '2026-11-03T13:00:00+08:00', { partial: true }),
    ])
    expect(sameDay?.value.backupId).toBe(1)
    expect(reasons(sameDay?.reasons ?? [])).toEqual([
      'defaults.backupNewest(b1)',
      'defaults.skippedPartial(b2)',
    ])

    const dayBefore = defaultBackup([
      backup(1, '2026-11-02T23:00:00+08:00'),
      backup(2, '2026-11-03T01:00:00+08:00', { partial: true }),
    ])
    expect(dayBefore?.value).toMatchObject({ backupId: 2, partial: true })
  })

  it('counts the skipped backups beyond three, and has no default when none can be restored', () => {
    const failed = [5, 6, 7, 8, 9].map((id) =>
      backup(id, `2026-11-0${id - 4}T01:00:00Z`, { status: 'FAILED' }),
    )
    const choice = defaultBackup([backup(1, '2026-10-01T01:00:00Z'), ...failed])
    expect(reasons(choice?.reasons ?? []).at(-1)).toBe('defaults.skippedMore(2)')
    expect(choice?.onlyChoice).toBe(true)
    expect(defaultBackup(failed)).toBeNull()
  })

  it('keeps the backup the user chose elsewhere when it can be restored', () => {
    const list = [backup(1, '2026-11-01T01:00:00Z'), backup(2, '2026-11-02T01:00:00Z', { status: 'FAILED' })]
    expect(reasons(defaultBackup(list, 1)?.reasons ?? [])).toEqual(['defaults.backupPreferred(b1)'])
    expect(defaultBackup([...list, backup(3, '2026-11-03T01:00:00Z')], 2)?.value.backupId).toBe(3)
  })
})

describe('defaultLocation', () => {
  const at = (locationType: 'PRIMARY' | 'SECONDARY', datastore = 'ds1') => ({
    datastore,
    location: `${locationType}:${datastore}`,
    locationType,
  })

  it('takes every primary snapshot when there is one; the only kind is the only choice', () => {
    const both = defaultLocation([at('PRIMARY'), at('SECONDARY'), at('PRIMARY', 'ds2')])
    expect(both?.value.type).toBe('PRIMARY')
    expect(both?.value.locations).toHaveLength(2)
    expect(both?.onlyChoice).toBe(false)
    expect(defaultLocation([at('PRIMARY')])?.onlyChoice).toBe(true)
  })

  it('falls back to the secondary, saying it is the only one', () => {
    const secondary = defaultLocation([at('SECONDARY')])
    expect(secondary?.value.type).toBe('SECONDARY')
    expect(reasons(secondary?.reasons ?? [])).toEqual(['defaults.locationSecondaryOnly()'])
    expect(defaultLocation([])).toBeNull()
  })
})

describe('defaultHost', () => {
  it("takes the VM's current host when it is available", () => {
    const choice = defaultHost([{ name: 'esx1' }, { name: 'esx2', isCurrentHost: true }])
    expect(choice?.value).toBe('esx2')
    expect(reasons(choice?.reasons ?? [])).toEqual(['defaults.hostCurrent(esx2)'])
  })

  it('takes the first available host otherwise, and says so', () => {
    const choice = defaultHost([{ name: 'esx1' }, { name: 'esx2' }])
    expect(choice?.value).toBe('esx1')
    expect(reasons(choice?.reasons ?? [])).toEqual(['defaults.hostFirst(esx1)'])
    expect(defaultHost([])).toBeNull()
  })
})

describe('defaultRestart', () => {
  it('restarts unless the backup is partial, which leaves nothing to decide', () => {
    expect(defaultRestart(null)).toMatchObject({ value: true, onlyChoice: false })
    const partial = { backupId: 1, backupName: 'b1', createdTime: '2026-11-01T01:00:00Z', partial: true }
    expect(defaultRestart(partial)).toMatchObject({ value: false, onlyChoice: true })
  })
})
