import { useQueryClient } from '@tanstack/react-query'
import { $api } from '../../../api'
import { jobQueryKeys } from './queries'

/**
 * Marks a running job failed (`POST /4.1/jobs/{id}/failJobs`). Never retried (not idempotent from the
 * user's point of view); on success the list and every job detail are refreshed.
 */
export function useFailJob() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/jobs/{id}/failJobs', {
    retry: false,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobQueryKeys.list }),
        queryClient.invalidateQueries({ queryKey: jobQueryKeys.details }),
      ])
    },
  })
}
