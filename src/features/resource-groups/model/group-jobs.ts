import type { Job } from '../../../api'

export const RECENT_JOBS = 10

/** The group's jobs, newest first. `GET /4.1/jobs` has no group filter, so the list is filtered here. */
export function jobsOfGroup(jobs: readonly Job[], groupId: number): Job[] {
  return jobs
    .filter((job) => job.resourceGroupId === groupId)
    .sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime))
}
