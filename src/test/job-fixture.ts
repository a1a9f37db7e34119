import type { Job } from '../api'

const MIN = 60_000

/**
 * A job for model tests: job `id` started `id` minutes before `now` and took five minutes (a successful
 * backup unless `partial` says otherwise).
 */
export function jobAt(now: number, partial: Partial<Job> & { id: number }): Job {
  return {
    name: `Job ${partial.id}`,
    type: 'backup',
    status: 'SUCCESSFUL',
    startTime: new Date(now - partial.id * MIN).toISOString(),
    endTime: new Date(now - partial.id * MIN + 5 * MIN).toISOString(),
    ...partial,
  }
}
