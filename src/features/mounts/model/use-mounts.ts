import { useQueries } from '@tanstack/react-query'
import { datastoreBackupQueries, useWholeJobList, vmBackupQueries } from '../../../api/resources'
import { useInventory } from '../../../components/inventory-picker'
import { attachedRows, attachTargets } from './attached-rows'
import { mountedBackups, mountRows, type MountRow } from './mount-rows'

/** The job types that change what is mounted; the page polls only while one of them runs. */
const MOUNT_JOB_TYPES = ['mountBackup', 'unmountBackup'] as const

/**
 * Everything mounted across the appliance (W12 step 1 for every mounted backup): the datastores the appliance
 * knows, each one's backups (their `mounted` flag), and `.../mounted` of each mounted backup. The reads are
 * re-made when a mount or unmount job ends (the jobs resource invalidates them); nothing here polls itself.
 */
export function useMounts() {
  const inventory = useInventory('datastore')
  const datastores = inventory.items.filter((item) => !item.entered)
  const lists = useQueries({
    queries: datastores.map((item) => datastoreBackupQueries.list(item.moref, { freshness: 'default' })),
  })
  // A few dozen datastores at most: worked out on each render rather than memoised on unstable arrays.
  const backups = mountedBackups(
    lists.flatMap((list, index) =>
      list.data
        ? [{ source: datastores[index]?.name ?? '', backups: list.data.response.backupResponseList }]
        : [],
    ),
  )
  const mounted = useQueries({
    queries: backups.map(({ backup }) => datastoreBackupQueries.mounted(backup.backupId)),
  })
  const jobs = useWholeJobList({ forTypes: MOUNT_JOB_TYPES })
  const jobList = jobs.data?.response.jobResponseList

  const byBackup = new Map(
    backups.map(({ backup }, index) => [
      backup.backupId,
      mounted[index]?.data?.response.mountedDatastoresList,
    ]),
  )
  const rows: MountRow[] = mountRows(backups, (id) => byBackup.get(id), jobList ?? [])

  const running = (jobList ?? []).filter(
    (job) => job.status === 'RUNNING' && (MOUNT_JOB_TYPES as readonly string[]).includes(job.type),
  )
  const reads = [...lists, ...mounted]
  const failed = reads.filter((query) => query.error)
  const error = inventory.errors[0] ?? failed[0]?.error ?? null
  const isPending = inventory.isLoading || reads.some((query) => query.isPending)
  // Attached disks: the VMs attach jobs went to, then each one's disks (those with `attachedFromBackupId`).
  const targets = attachTargets(jobList ?? [])
  const disks = useQueries({
    queries: targets.map((vm) => vmBackupQueries.vmVmdkLocations(vm.moref, { freshness: 'default' })),
  })
  const disksByVm = new Map(
    targets.map((vm, index) => [vm.moref, disks[index]?.data?.response.vmdkLocationsList]),
  )
  const attachedFailed = disks.filter((query) => query.error)
  const attachedError = jobs.error ?? attachedFailed[0]?.error ?? null
  const attachedPending = jobs.isPending || disks.some((query) => query.isPending)

  return {
    attached: {
      data:
        attachedPending || attachedError
          ? undefined
          : attachedRows(targets, (moref) => disksByVm.get(moref), jobList ?? []),
      error: attachedError,
      isPending: attachedPending && !attachedError,
      refetch: () => {
        if (jobs.error) void jobs.refetch()
        for (const query of attachedFailed) void query.refetch()
      },
    },
    /** In QueryState's shape: pending until every read answered, an error when any failed, Retry retries those. */
    query: {
      data: isPending || error ? undefined : rows,
      error,
      isPending: isPending && !error,
      refetch: () => {
        inventory.retry()
        for (const query of failed) void query.refetch()
      },
    },
    running,
    datastoreCount: datastores.length,
  }
}
