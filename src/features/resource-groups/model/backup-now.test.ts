// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { backupNowBlocker } from './backup-now'
import { jobsOfGroup } from './group-jobs'

describe('backup now and a group’s jobs', () => {
  it('explains, before any request, why SCV would refuse a backup now', () => {
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'UNDER_MAINTENANCE', policies: [{ id: 1 }] })).toBe(
      'maintenance',
    )
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'PRODUCTION', policies: [] })).toBe('noPolicy')
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'PRODUCTION' })).toBe('noPolicy')
    expect(backupNowBlocker({ id: 1, name: 'a', status: 'PRODUCTION', policies: [{ id: 1 }] })).toBeNull()
  })

  it('keeps the jobs of one group, newest first (the job list has no group filter)', () => {
    const job = (id: number, resourceGroupId: number | null, startTime: string) => ({
      id,
      name: `job ${id}`,
      type: 'backup',
      status: 'SUCCESSFUL',
      startTime,
      resourceGroupId,
    })
    const jobs = [
      job(1, 7, '2026-11-27T10:00:00+08:00'),
      job(2, 8, '2026-11-27T11:00:00+08:00'),
      job(3, 7, '2026-11-27T12:00:00+08:00'),
      job(4, null, '2026-11-27T13:00:00+08:00'),
    ]
    expect(jobsOfGroup(jobs, 7).map((entry) => entry.id)).toEqual([3, 1])
  })
})
