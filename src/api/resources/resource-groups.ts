import { useQueryClient } from '@tanstack/react-query'
import type { ResourceGroup } from '../types'
import { listPace, pollIntervalFor, type JobActivitySource, type JobPace } from './job-activity'
import { datastoreBackupKeys } from './datastore-backups'
import { vmBackupKeys } from './vm-backups'
import { jobKeys } from './jobs'
import { freshness, resourceKey, resourceQuery, useResourceMutation, type Freshness } from './query'

/** Key prefixes that cover every resource-group query. */
export const resourceGroupKeys = {
  list: resourceKey('/4.1/resource-groups'),
}

/** What a group list follows live. */
export interface GroupLiveOptions {
  /** The job list (`jobQueries.list()`), so a group whose only running job is stuck is not polled closely. */
  jobs: JobActivitySource | undefined
  /** Only this group (a group's page): followed while one of its jobs progresses, even if it does not say RUNNING. */
  group?: number
}

/**
 * The pace of the groups on screen, by the jobs rule: a group that says RUNNING progresses unless the job
 * list shows that its running jobs all look stuck (a group whose job already ended in the list is still
 * followed, so its own status catches up); a followed group also progresses while one of its jobs does.
 */
export function groupsPace(groups: readonly ResourceGroup[] | undefined, live: GroupLiveOptions): JobPace {
  const ofGroup = (id: number) => listPace(live.jobs, { include: (job) => job.resourceGroupId === id })
  const paces: JobPace[] = live.group === undefined ? [] : [ofGroup(live.group)]
  for (const group of groups ?? []) {
    if (group.lastRunStatus !== 'RUNNING') continue
    if (live.group !== undefined && group.id !== live.group) continue
    paces.push(live.jobs && ofGroup(group.id) === 'stuck' ? 'stuck' : 'progressing')
  }
  return paces.includes('progressing') ? 'progressing' : paces.includes('stuck') ? 'stuck' : 'idle'
}

/**
 * The resource-groups resource. SCV has no "get one group" call, so a group's page reads the list (the same
 * key as the table, the dashboard, the inventory picker and the restore wizard: one cache entry).
 */
export const resourceGroupQueries = {
  /**
   * All groups. `live` polls by the jobs rule while a backup of a shown group progresses (so last-run status
   * updates on screen); without it the list does not poll. `freshness` for pickers and pre-write checks.
   */
  list: ({ live, freshness: fresh }: { live?: GroupLiveOptions; freshness?: Freshness } = {}) =>
    resourceQuery('get', '/4.1/resource-groups', undefined, {
      ...freshness(fresh),
      refetchInterval: live
        ? (query) => pollIntervalFor(groupsPace(query.state.data?.response?.resourceGroupResponseList, live))
        : false,
      refetchIntervalInBackground: false,
    }),
}

/**
 * The resource-group writes. Each hook owns what it invalidates; components own the UX (notifications,
 * navigation). None is retried (the query client's default for mutations): create, delete and backup now
 * are not idempotent.
 */

/** W3 step 2: `POST /4.1/resource-groups`. */
export function useCreateResourceGroup() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/resource-groups', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** W4 step 3: `PUT /4.1/resource-groups/{resouceGroupId}` with the whole group again (also: re-add a VM). */
export function useUpdateResourceGroup() {
  const queryClient = useQueryClient()
  return useResourceMutation('put', '/4.1/resource-groups/{resouceGroupId}', {
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** Inferred `DELETE /4.1/resource-groups/{id}`: SCV removes the group with all its backups and snapshots. */
export function useDeleteResourceGroup() {
  const queryClient = useQueryClient()
  return useResourceMutation('delete', '/4.1/resource-groups/{resouceGroupId}', {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
        queryClient.invalidateQueries({ queryKey: vmBackupKeys.list }),
        queryClient.invalidateQueries({ queryKey: datastoreBackupKeys.list }),
      ]),
  })
}

/** Inferred `POST …/suspend`: the group goes under maintenance and its schedules stop. */
export function useSuspendResourceGroup() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/resource-groups/{resouceGroupId}/suspend', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** Inferred `POST …/resume`: back to production. */
export function useResumeResourceGroup() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/resource-groups/{resouceGroupId}/resume', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
  })
}

/** W5 step 2: `POST /4.1/resource-groups/backupnow`; the new job shows in the job list and the group's last run. */
export function useBackupNow() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/resource-groups/backupnow', {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.list }),
        queryClient.invalidateQueries({ queryKey: resourceGroupKeys.list }),
      ]),
  })
}
