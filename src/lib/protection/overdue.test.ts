// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { components } from '../../api'
import { findOverdue, overdueGroups } from './overdue'

type Job = components['schemas']['Job']
type ResourceGroup = components['schemas']['ResourceGroup']

const HOUR = 3_600_000
const DAY = 24 * HOUR
const now = Date.parse('2026-11-27T12:00:00Z')
const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString()
const daily = { type: 'DAILY', every: 1, startDate: '2026-01-01', startTime: '01:00' }

function group(id: number, patch: Partial<ResourceGroup> = {}): ResourceGroup {
  return {
    id,
    name: `RG${id}`,
    status: 'PRODUCTION',
    policies: [{ id: 1, name: 'Daily', schedule: daily }],
    ...patch,
  }
}

let nextId = 1
function backup(rg: number, hoursAgo: number, status: string, extra: Partial<Job> = {}): Job {
  return {
    id: nextId++,
    name: `Backup of RG${rg}`,
    type: 'backup',
    status,
    startTime: at(hoursAgo),
    resourceGroupId: rg,
    policyId: 1,
    ...extra,
  }
}

const policies = [{ id: 1, name: 'Daily', frequency: 'DAILY' }]

describe('findOverdue', () => {
  it('flags only what is older than the interval plus grace, with the reason', () => {
    const groups = [
      group(1), // backed up 20 h ago: fine
      group(2), // 40 h ago, nothing since: the schedule stopped starting jobs
      group(3, { status: 'UNDER_MAINTENANCE' }), // suspended
      group(4, { policies: [{ id: 1, name: 'Daily', schedule: null }] }), // schedule deleted
      group(5), // last run failed
      group(6), // a run is stuck
      group(7), // never backed up since its start in January
      group(8, { policies: [{ id: 9, name: 'On demand', frequency: 'ON_DEMAND', schedule: null }] }),
    ]
    const jobs = [
      backup(1, 20, 'SUCCESSFUL'),
      backup(2, 40, 'WARNING'),
      backup(3, 50, 'SUCCESSFUL'),
      backup(4, 60, 'SUCCESSFUL'),
      backup(5, 70, 'SUCCESSFUL'),
      backup(5, 10, 'FAILED', { failureReason: 'volume full' }),
      backup(6, 80, 'SUCCESSFUL'),
      backup(6, 30, 'RUNNING'),
      { ...backup(1, 1, 'SUCCESSFUL'), type: 'restore' },
    ]
    const findings = findOverdue({ groups, policies, jobs, now, offsetMinutes: 0 })
    const byGroup = Object.fromEntries(findings.map((f) => [f.group.name, f]))
    expect(Object.keys(byGroup).sort()).toEqual(['RG2', 'RG3', 'RG4', 'RG5', 'RG6', 'RG7'])
    expect(byGroup.RG2?.reason).toEqual({ kind: 'noJobStarted', sinceMs: now - 40 * HOUR })
    expect(byGroup.RG2?.dueMs).toBe(now - 40 * HOUR + DAY + 6 * HOUR)
    expect(byGroup.RG3?.reason).toEqual({ kind: 'suspended' })
    expect(byGroup.RG4?.reason).toEqual({ kind: 'noSchedule' })
    expect(byGroup.RG4?.frequency).toBe('DAILY')
    expect(byGroup.RG5?.reason).toMatchObject({ kind: 'lastRunFailed', message: 'volume full' })
    expect(byGroup.RG6?.reason).toMatchObject({ kind: 'stuck', sinceMs: now - 30 * HOUR })
    expect(byGroup.RG7?.reason).toEqual({ kind: 'neverBackedUp' })
    expect(byGroup.RG7?.lastSuccess).toBeNull()
    // Longest overdue first.
    expect(findings[0]?.group.name).toBe('RG7')
    expect(overdueGroups([...findings, ...findings])).toHaveLength(6)
  })

  it('uses the group history when jobs do not name their policy', () => {
    const jobs = [backup(1, 10, 'SUCCESSFUL', { policyId: null })]
    const groups = [
      group(1, {
        policies: [
          { id: 1, schedule: daily },
          { id: 2, schedule: daily },
        ],
      }),
    ]
    expect(findOverdue({ groups, policies, jobs, now, offsetMinutes: 0 })).toEqual([])
  })
})
