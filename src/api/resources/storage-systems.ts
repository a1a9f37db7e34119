import { useQueryClient } from '@tanstack/react-query'
import { resourceKey, resourceQuery, useResourceMutation } from './query'

/** Key prefix of every storage-system read; storage writes invalidate by it. */
const storageSystemKeys = {
  list: resourceKey('/4.1/storage-system'),
}

/** The storage systems resource. */
export const storageSystemQueries = {
  /** `GET /4.1/storage-system` (getSvmAll): clusters and SVMs in one list. */
  list: () => resourceQuery('get', '/4.1/storage-system'),
}

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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: storageSystemKeys.list }),
  } as const
}

/** W1: `POST /4.1/storage-system` adds a cluster (with its SVMs) or an SVM. */
export function useAddStorageSystem() {
  return useResourceMutation('post', '/4.1/storage-system', useStorageWriteOptions())
}

/** W2: `PUT /4.1/storage-system` with the whole object; the storage system is identified by its name. */
export function useModifyStorageSystem() {
  return useResourceMutation('put', '/4.1/storage-system', useStorageWriteOptions())
}

/** W2b: `PATCH /4.1/storage-system` records an SVM renamed in ONTAP so older backups can be restored. */
export function useRenameStorageSystem() {
  return useResourceMutation('patch', '/4.1/storage-system', useStorageWriteOptions())
}

/** `DELETE /4.1/storage-system` (inferred: the docs claim delete but give no call). */
export function useDeleteStorageSystem() {
  return useResourceMutation('delete', '/4.1/storage-system', useStorageWriteOptions())
}
