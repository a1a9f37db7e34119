import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { jobKeys } from './jobs'
import { freshness, resourceKey, resourceQuery, useResourceMutation, type Freshness } from './query'

/** Key prefixes of the datastore backup reads. */
export const datastoreBackupKeys = {
  list: resourceKey('/4.1/datastores/{moref}/backups'),
  mounted: resourceKey('/4.1/datastores/backups/{backupId}/mounted'),
}

/**
 * A datastore's backups and what mounting one needs (W11, W12). Like VM backups, `stable` unless the caller
 * names another freshness; what is mounted changes with mounts and unmounts, so it keeps the default.
 */
export const datastoreBackupQueries = {
  /** `GET /4.1/datastores/{moref}/backups`. */
  list: (moref: string, { freshness: fresh = 'stable' }: { freshness?: Freshness } = {}) =>
    resourceQuery(
      'get',
      '/4.1/datastores/{moref}/backups',
      { params: { path: { moref } } },
      freshness(fresh),
    ),
  /** Where a datastore backup's snapshots are (the documented spelling `snapshotlocators`). */
  snapshotLocators: (backupId: number) =>
    resourceQuery(
      'get',
      '/4.1/datastores/backups/{backupId}/snapshotlocators',
      { params: { path: { backupId } } },
      freshness('stable'),
    ),
  /** ESXi hosts a datastore backup can be mounted on (the documented spelling `availableEsxHosts`). */
  availableEsxHosts: (moref: string) =>
    resourceQuery(
      'get',
      '/4.1/datastores/{moref}/availableEsxHosts',
      { params: { path: { moref } } },
      freshness('stable'),
    ),
  /** The datastores mounted from a backup. */
  mounted: (backupId: number) =>
    resourceQuery('get', '/4.1/datastores/backups/{backupId}/mounted', { params: { path: { backupId } } }),
}

/** A mount, an unmount or a cleanup started a job: the header sees it now, and what is mounted is read again. */
function afterMountChange(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: jobKeys.list })
  void queryClient.invalidateQueries({ queryKey: datastoreBackupKeys.list })
  void queryClient.invalidateQueries({ queryKey: datastoreBackupKeys.mounted })
}

/** W11 step 5: `POST /4.1/datastores/backups/{backupId}/mount`. Never retried (each mount adds a datastore). */
export function useMountBackup() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/datastores/backups/{backupId}/mount', {
    retry: false,
    onSuccess: () => afterMountChange(queryClient),
  })
}

/** W12 step 2: `POST /4.1/datastores/unmount` with the morefs from `.../mounted`. Never retried. */
export function useUnmountDatastores() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/datastores/unmount', {
    retry: false,
    onSuccess: () => afterMountChange(queryClient),
  })
}

/** W12 step 3: `/backup/{backup-Id}/cleanup` (no `/4.1`), for a backup shown mounted with nothing to unmount. */
export function useCleanupBackup() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/backup/{backup-Id}/cleanup', {
    retry: false,
    onSuccess: () => afterMountChange(queryClient),
  })
}
