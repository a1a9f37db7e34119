import { useQueryClient } from '@tanstack/react-query'
import { resourceKey, resourceQuery, useResourceMutation } from './query'
import type { components } from '../schema'

export type JobCleanupConfig = components['schemas']['JobCleanupConfig']

/** Key prefix of the retention read. */
const jobRetentionKeys = { config: resourceKey('/4.1/jobs/cleanup') }

/**
 * How long SCV keeps jobs and job logs (`/4.1/jobs/cleanup`, inferred: the docs name "jobs/cleanup REST APIs"
 * and the defaults, 90 and 30 days, but no method or body). The purge itself runs every 6 hours and cannot be
 * rescheduled.
 */
export const jobRetentionQueries = {
  config: () => resourceQuery('get', '/4.1/jobs/cleanup'),
}

/** `PUT /4.1/jobs/cleanup` (inferred). */
export function useUpdateJobRetention() {
  const queryClient = useQueryClient()
  return useResourceMutation('put', '/4.1/jobs/cleanup', {
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobRetentionKeys.config }),
  })
}
