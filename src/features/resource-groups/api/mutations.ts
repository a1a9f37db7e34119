import { useQueryClient } from '@tanstack/react-query'
import { $api } from '../../../api'
import { resourceGroupKeys } from './queries'

/**
 * The resource-group writes. Each hook owns what it invalidates; components own the UX (notifications,
 * navigation). None is retried (the query client's default for mutations): create, delete and backup now
 * are not idempotent.
 */

/** W3 step 2: `POST /4.1/resource-groups`. */
export function useCreateResourceGroup() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/resource-groups', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** W4 step 3: `PUT /4.1/resource-groups/{resouceGroupId}` with the whole group again. */
export function useUpdateResourceGroup() {
  const queryClient = useQueryClient()
  return $api.useMutation('put', '/4.1/resource-groups/{resouceGroupId}', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** Inferred `DELETE /4.1/resource-groups/{id}`: SCV removes the group with all its backups and snapshots. */
export function useDeleteResourceGroup() {
  const queryClient = useQueryClient()
  return $api.useMutation('delete', '/4.1/resource-groups/{resouceGroupId}', {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
        queryClient.invalidateQueries({ queryKey: resourceGroupKeys.vmBackups }),
        queryClient.invalidateQueries({ queryKey: resourceGroupKeys.datastoreBackups }),
      ]),
  })
}

/** Inferred `POST …/suspend`: the group goes under maintenance and its schedules stop. */
export function useSuspendResourceGroup() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/resource-groups/{resouceGroupId}/suspend', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** Inferred `POST …/resume`: back to production. */
export function useResumeResourceGroup() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/resource-groups/{resouceGroupId}/resume', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** W5 step 2: `POST /4.1/resource-groups/backupnow`; the new job shows in the job list and the group's last run. */
export function useBackupNow() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/resource-groups/backupnow', {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceGroupKeys.jobs }),
        queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
      ]),
  })
}

/** The wizard's inline "create a policy" (the W3 fallback when no policy fits): `POST /4.1/policies`. */
export function useCreatePolicy() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/policies', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.policies }),
  })
}
