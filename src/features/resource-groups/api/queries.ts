import { $api, type components } from '../../../api'

type ResourceGroup = components['schemas']['ResourceGroup']
type Job = components['schemas']['Job']

/** How often a running backup is followed: the GUI's Job Monitor refreshes every 30 s; a page the user waits on, faster. */
export const RUNNING_POLL_MS = 3_000

const isRunning = (status: string | null | undefined) => status === 'RUNNING'

/**
 * What the resource-group pages read. SCV has no "get one group" call, so the detail page reads the list
 * (the same key as the table, so opening a group from the table costs no request) and picks the group.
 */
export const resourceGroupQueries = {
  /**
   * All groups; polls while one of them is running a backup so its last-run status updates on screen.
   * `jobRunning` keeps polling while a page knows a job of the group runs (a group may not say RUNNING itself).
   */
  list: ({ jobRunning = false }: { jobRunning?: boolean } = {}) => ({
    ...$api.queryOptions('get', '/4.1/resource-groups'),
    refetchInterval: (query: {
      state: { data?: { response: { resourceGroupResponseList: ResourceGroup[] } } }
    }) =>
      jobRunning ||
      query.state.data?.response.resourceGroupResponseList.some((group) => isRunning(group.lastRunStatus))
        ? RUNNING_POLL_MS
        : false,
  }),
  policies: () => $api.queryOptions('get', '/4.1/policies'),
  /** All jobs; the detail page filters them by group (the contract has no group filter) and polls while one runs. */
  jobs: (resourceGroupId?: number) => ({
    ...$api.queryOptions('get', '/4.1/jobs'),
    refetchInterval: (query: { state: { data?: { response: { jobResponseList: Job[] } } } }) =>
      query.state.data?.response.jobResponseList.some(
        (job) =>
          isRunning(job.status) && (resourceGroupId === undefined || job.resourceGroupId === resourceGroupId),
      )
        ? RUNNING_POLL_MS
        : false,
  }),
  vmBackups: (moref: string) =>
    $api.queryOptions('get', '/4.1/vm/{moref}/backups', { params: { path: { moref } } }),
  datastoreBackups: (moref: string) =>
    $api.queryOptions('get', '/4.1/datastores/{moref}/backups', { params: { path: { moref } } }),
}

/** Cache keys mutations invalidate by prefix. */
export const resourceGroupKeys = {
  list: ['get', '/4.1/resource-groups'] as const,
  policies: ['get', '/4.1/policies'] as const,
  jobs: ['get', '/4.1/jobs'] as const,
  vmBackups: ['get', '/4.1/vm/{moref}/backups'] as const,
  datastoreBackups: ['get', '/4.1/datastores/{moref}/backups'] as const,
}
