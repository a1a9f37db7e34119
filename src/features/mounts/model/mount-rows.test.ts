import { describe, expect, it } from 'vitest'
import type { Job } from '../../../api'
import { mountJobOf } from './mount-rows'

const job = (over: Partial<Job>): Job => ({
  id: 1,
  name: 'Mount',
  type: 'mountBackup',
  status: 'SUCCESSFUL',
  startTime: '2026-11-30T10:00:00Z',
  endTime: '2026-11-30T10:00:05Z',
  backupId: 7,
  ...over,
})

describe('mountJobOf', () => {
  it('takes the mount job of the same backup that ended closest to the mount, within ten minutes', () => {
    const jobs = [
      job({ id: 1, endTime: '2026-11-30T09:00:00Z' }),
      job({ id: 2, endTime: '2026-11-30T10:00:05Z' }),
      job({ id: 3, endTime: '2026-11-30T10:00:04Z', backupId: 8 }),
      job({ id: 4, endTime: '2026-11-30T10:00:05Z', type: 'unmountBackup' }),
      job({ id: 5, endTime: '2026-11-30T10:00:06Z', status: 'FAILED' }),
    ]
    expect(mountJobOf(jobs, 7, '2026-11-30T10:00:06Z')).toBe(2)
    expect(mountJobOf(jobs, 7, '2026-11-30T12:00:00Z')).toBeNull()
    expect(mountJobOf(jobs, 7, null)).toBeNull()
  })
})
