import { $api, type components } from '../../../api'

type Job = components['schemas']['Job']

/**
 * W6's reads stay fresh for five minutes: each is fetched once when its step needs it (or one step ahead),
 * and Back / Next / a revisit never asks again. The backups browser uses the same keys, so a restore started
 * from there reuses its list.
 */
const RESTORE_STALE_TIME = 5 * 60_000
/** How often a running restore job is polled. */
export const JOB_POLL_MS = 2_000

function isRunning(job: Job | undefined): boolean {
  return job?.status === 'RUNNING'
}

/** Query options of the restore-VM wizard (W6) and what follows it. */
export const restoreQueries = {
  /** W6 step 2. */
  vmBackups: (moref: string) => ({
    ...$api.queryOptions('get', '/4.1/vm/{moref}/backups', { params: { path: { moref } } }),
    staleTime: RESTORE_STALE_TIME,
  }),
  /** W6 step 3. */
  snapshotLocations: (backupId: number) => ({
    ...$api.queryOptions('get', '/4.1/vm/backups/{backupId}/snapshotlocations', {
      params: { path: { backupId } },
    }),
    staleTime: RESTORE_STALE_TIME,
  }),
  /** W6 step 4. */
  availableEsxHosts: (moref: string) => ({
    ...$api.queryOptions('get', '/4.1/vm/{moref}/backups/availableesxhosts', { params: { path: { moref } } }),
    staleTime: RESTORE_STALE_TIME,
  }),
  /** The restore job; polled only while it runs. */
  job: (id: number) => ({
    ...$api.queryOptions('get', '/4.1/jobs/{id}', { params: { path: { id } } }),
    staleTime: 0,
    refetchInterval: (query: { state: { data?: { response: Job } } }) =>
      isRunning(query.state.data?.response) ? JOB_POLL_MS : false,
  }),
  /** The groups, for adding the restored VM back (the same key as the inventory picker's source). */
  resourceGroups: () => ({
    ...$api.queryOptions('get', '/4.1/resource-groups'),
    staleTime: RESTORE_STALE_TIME,
  }),
}
