// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { backupNowBlocker } from './backup-now'

describe('backup now', () => {
  it('explains, before any request, why SCV would refuse a backup now', () => {
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'UNDER_MAINTENANCE', policies: [{ id: 1 }] })).toBe(
      'maintenance',
    )
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'PRODUCTION', policies: [] })).toBe('noPolicy')
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'PRODUCTION' })).toBe('noPolicy')
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'PRODUCTION', policies: [{ id: 1 }] })).toBeNull()
  })
})
