import { useQueryClient } from '@tanstack/react-query'
import { jobKeys } from './jobs'
import { freshness, resourceKey, resourceQuery, useResourceMutation, type Freshness } from './query'

/** Key prefixes of the VM backup reads. */
export const vmBackupKeys = {
  list: resourceKey('/4.1/vm/{moref}/backups'),
}

/**
 * A VM's backups and what a restore from one of them needs (W6, W7, W8). Backups change only when a backup
 * job finishes, so every read is `stable` (five minutes) unless the caller names another freshness: a
 * browse → detail → restore path, and a wizard's Back / Next, never ask twice.
 */
export const vmBackupQueries = {
  /** `GET /4.1/vm/{moref}/backups` (a deleted VM: its UUID). */
  list: (moref: string, { freshness: fresh = 'stable' }: { freshness?: Freshness } = {}) =>
    resourceQuery('get', '/4.1/vm/{moref}/backups', { params: { path: { moref } } }, freshness(fresh)),
  /** Where a VM backup's snapshots are (primary, secondary). */
  snapshotLocations: (backupId: number) =>
    resourceQuery(
      'get',
      '/4.1/vm/backups/{backupId}/snapshotlocations',
      { params: { path: { backupId } } },
      freshness('stable'),
    ),
  /** ESXi hosts a VM can be restored to. */
  availableEsxHosts: (moref: string) =>
    resourceQuery(
      'get',
      '/4.1/vm/{moref}/backups/availableesxhosts',
      { params: { path: { moref } } },
      freshness('stable'),
    ),
  /** The VMDKs of one backup of a VM (the attach/detach spelling, with the backup id). */
  vmdkLocations: (moref: string, backupId: number) =>
    resourceQuery(
      'get',
      '/4.1/vm/{moref}/backups/{backupId}/vmdklocations',
      { params: { path: { moref, backupId } } },
      freshness('stable'),
    ),
  /**
   * The VMDKs of a VM (the restore-VMDK spelling, without a backup id), with the disks attached to it from
   * backups. `now` for detach: attached disks come and go with jobs.
   */
  vmVmdkLocations: (moref: string, { freshness: fresh = 'stable' }: { freshness?: Freshness } = {}) =>
    resourceQuery(
      'get',
      '/4.1/vm/{moref}/backups/vmdklocations',
      { params: { path: { moref } } },
      freshness(fresh),
    ),
  /** Datastores a VMDK of this backup can be restored to. */
  availableDatastores: (moref: string, backupId: number) =>
    resourceQuery(
      'get',
      '/4.1/vm/{moref}/backups/{backupId}/availabledatastores',
      { params: { path: { moref, backupId } } },
      freshness('stable'),
    ),
}

/**
 * W6 step 5: `POST /4.1/vm/{moref}/backups/{backupId}/restore`. Never retried (a restore replaces the VM).
 * The job list is refreshed so the header's running-jobs indicator sees the new job at once, and the groups
 * because the restore takes the VM out of its resource groups.
 */
export function useRestoreVm() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/vm/{moref}/backups/{backupId}/restore', {
    retry: false,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: jobKeys.list })
      void queryClient.invalidateQueries({ queryKey: resourceKey('/4.1/resource-groups') })
    },
  })
}

/**
 * A write that starts a job changing a VM's disks: never retried; the job list is read again at once. The disk
 * lists change only when the job has finished, and the job list's poll invalidates them then (jobs.ts).
 */
function useVmdkJobMutation<
  P extends
    | '/4.1/vm/{moref}/backups/{backupId}/restorevmdks'
    | '/4.1/vm/{moref}/attachvmdks'
    | '/4.1/vm/{moref}/detachvmdks',
>(path: P) {
  const queryClient = useQueryClient()
  return useResourceMutation('post', path, {
    retry: false,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: jobKeys.list })
    },
  })
}

/** W8 step 7: `POST /4.1/vm/{moref}/backups/{backupId}/restorevmdks`. */
export const useRestoreVmdks = () => useVmdkJobMutation('/4.1/vm/{moref}/backups/{backupId}/restorevmdks')
/** W9 step 4: `POST /4.1/vm/{moref}/attachvmdks`. */
export const useAttachVmdks = () => useVmdkJobMutation('/4.1/vm/{moref}/attachvmdks')
/** W10 step 4: `POST /4.1/vm/{moref}/detachvmdks`. */
export const useDetachVmdks = () => useVmdkJobMutation('/4.1/vm/{moref}/detachvmdks')
