import { useQueryClient } from '@tanstack/react-query'
import { freshness, resourceKey, resourceQuery, useResourceMutation, type Freshness } from './query'

/** Key prefix of every policy read; policy writes invalidate by it. */
const policyKeys = {
  list: resourceKey('/4.1/policies'),
}

/** The policies resource: the policies page, the dashboard and the resource-group wizard read the same list. */
export const policyQueries = {
  /** `GET /4.1/policies`. `freshness: 'now'` right before a write that depends on it. */
  list: ({ freshness: fresh }: { freshness?: Freshness } = {}) =>
    resourceQuery('get', '/4.1/policies', undefined, freshness(fresh)),
}

function usePolicyWriteOptions() {
  const queryClient = useQueryClient()
  return {
    retry: false,
    onSuccess: async () => {
      // Resource groups show their policies' names and frequencies, so they are refreshed with the list.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: policyKeys.list }),
        queryClient.invalidateQueries({ queryKey: resourceKey('/4.1/resource-groups') }),
      ])
    },
  } as const
}

/** `POST /4.1/policies` (Create Policy: named in the docs, body inferred); also the wizard's inline policy. */
export function useCreatePolicy() {
  return useResourceMutation('post', '/4.1/policies', usePolicyWriteOptions())
}

/** `PUT /4.1/policies/{id}` (inferred: the GUI edits policies, the REST docs do not say how). */
export function useUpdatePolicy() {
  return useResourceMutation('put', '/4.1/policies/{id}', usePolicyWriteOptions())
}

/** `DELETE /4.1/policies/{id}` (inferred). Never retried; SCV refuses while a resource group uses the policy. */
export function useDeletePolicy() {
  return useResourceMutation('delete', '/4.1/policies/{id}', usePolicyWriteOptions())
}
