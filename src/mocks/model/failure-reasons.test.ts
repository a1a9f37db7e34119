// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { seedDb } from './seed'
import { failureReasonOf } from './failure-reasons'
import { FAILURE_CAUSES, likelyCauseOf, type LikelyCause } from '../../api/resources'

describe('the simulator’s seeded failures', () => {
  it('include every known cause, each recognised from the job’s reason, and failures of no known cause', () => {
    const db = seedDb({ at: Date.parse('2026-11-27T12:00:00Z') })
    const seen = new Map<LikelyCause, number>()
    for (const job of db.jobs) {
      const cause = likelyCauseOf(job.status, failureReasonOf(job))
      if (cause) seen.set(cause, (seen.get(cause) ?? 0) + 1)
    }
    for (const cause of FAILURE_CAUSES) expect(seen.get(cause), cause).toBeGreaterThan(0)
    expect(seen.get('unrecognised')).toBeGreaterThan(0)
  })
})
