import { useQueryClient } from '@tanstack/react-query'
import { $api } from '../../../api'

/**
 * W6 step 5: `POST /4.1/vm/{moref}/backups/{backupId}/restore`. Never retried (a restore replaces the VM).
 * The jobs list is invalidated so the header's running-jobs indicator sees the new job at once.
 */
export function useRestoreVm() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/vm/{moref}/backups/{backupId}/restore', {
    retry: false,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['get', '/4.1/jobs'] })
      // The restore takes the VM out of its resource groups.
      void queryClient.invalidateQueries({ queryKey: ['get', '/4.1/resource-groups'] })
    },
  })
}

/** W4: `PUT /4.1/resource-groups/{resouceGroupId}` with the group's full body (here: plus the restored VM). */
export function useUpdateResourceGroup() {
  const queryClient = useQueryClient()
  return $api.useMutation('put', '/4.1/resource-groups/{resouceGroupId}', {
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['get', '/4.1/resource-groups'] }),
  })
}
