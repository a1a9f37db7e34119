import { useQueryClient } from '@tanstack/react-query'
import { $api } from '../../../api'
import { storageSystemQueryKey } from './queries'

/**
 * Shared options for storage writes. `gcTime: 0` drops the finished mutation (and with it the variables that
 * carried the password or private key) from the mutation cache as soon as no component watches it; the form
 * also resets the mutation on success. Never retried: a second add or delete is not harmless.
 */
function useStorageWriteOptions() {
  const queryClient = useQueryClient()
  return {
    retry: false,
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: storageSystemQueryKey }),
  } as const
}

/** W1: `POST /4.1/storage-system` adds a cluster (with its SVMs) or an SVM. */
export function useAddStorageSystem() {
  return $api.useMutation('post', '/4.1/storage-system', useStorageWriteOptions())
}

/** W2: `PUT /4.1/storage-system` with the whole object; the storage system is identified by its name. */
export function useModifyStorageSystem() {
  return $api.useMutation('put', '/4.1/storage-system', useStorageWriteOptions())
}

/** W2b: `PATCH /4.1/storage-system` records an SVM renamed in ONTAP so older backups can be restored. */
export function useRenameStorageSystem() {
  return $api.useMutation('patch', '/4.1/storage-system', useStorageWriteOptions())
}

/** `DELETE /4.1/storage-system` (inferred: the docs claim delete but give no call). */
export function useDeleteStorageSystem() {
  return $api.useMutation('delete', '/4.1/storage-system', useStorageWriteOptions())
}
