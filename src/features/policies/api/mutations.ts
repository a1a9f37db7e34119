import { useQueryClient } from '@tanstack/react-query'
import { $api } from '../../../api'
import { policyQueryKey } from './queries'

function usePolicyWriteOptions() {
  const queryClient = useQueryClient()
  return {
    retry: false,
    onSuccess: async () => {
      // Resource groups show their policies' names and frequencies, so they are refreshed with the list.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: policyQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['get', '/4.1/resource-groups'] }),
      ])
    },
  } as const
}

/** `POST /4.1/policies` (Create Policy: named in the docs, body inferred). */
export function useCreatePolicy() {
  return $api.useMutation('post', '/4.1/policies', usePolicyWriteOptions())
}

/** `PUT /4.1/policies/{id}` (inferred: the GUI edits policies, the REST docs do not say how). */
export function useUpdatePolicy() {
  return $api.useMutation('put', '/4.1/policies/{id}', usePolicyWriteOptions())
}

/** `DELETE /4.1/policies/{id}` (inferred). Never retried; SCV refuses while a resource group uses the policy. */
export function useDeletePolicy() {
  return $api.useMutation('delete', '/4.1/policies/{id}', usePolicyWriteOptions())
}
