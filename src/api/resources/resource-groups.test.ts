// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Job, ResourceGroup } from '../types'
import { groupsPace } from './resource-groups'

const NOW = Date.now()
const DAY = 86_400_000

const group = (id: number, lastRunStatus: string | null): ResourceGroup =>
  ({ id, name: `RG_${id}`, lastRunStatus }) as ResourceGroup
const runningJob = (id: number, resourceGroupId: number, startedAgoMs: number): Job =>
  ({
    id,
    name: `Backup ${id}`,
    type: 'backup',
    status: 'RUNNING',
    startTime: new Date(NOW - startedAgoMs).toISOString(),
    endTime: null,
    resourceGroupId,
  }) as Job

describe('groups pace', () => {
  it('follows a running group closely unless the job list shows its only running job is stuck', () => {
    const groups = [group(1, 'SUCCESSFUL'), group(2, 'RUNNING')]
    expect(groupsPace(groups, { jobs: [runningJob(9, 2, 60_000)] })).toBe('progressing')
    expect(groupsPace(groups, { jobs: [runningJob(9, 2, 2 * DAY)] })).toBe('stuck')
    // Without the job list (or before it knows the job) the group's own status is trusted.
    expect(groupsPace(groups, { jobs: undefined })).toBe('progressing')
    expect(groupsPace([group(1, 'SUCCESSFUL')], { jobs: [] })).toBe('idle')
  })

  it('on a group page, follows only that group, also while its job runs before the group says so', () => {
    const groups = [group(1, 'SUCCESSFUL'), group(2, 'RUNNING')]
    expect(groupsPace(groups, { jobs: [runningJob(9, 2, 2 * DAY)], group: 1 })).toBe('idle')
    expect(groupsPace(groups, { jobs: [runningJob(8, 1, 60_000)], group: 1 })).toBe('progressing')
  })
})
