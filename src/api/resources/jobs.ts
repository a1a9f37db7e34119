import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Job, JobListResponse } from '../types'
import { endedJobs, jobPace, listPace, pollIntervalFor } from './job-activity'
import { freshness, resourceKey, resourceQuery, useResourceMutation, type Freshness } from './query'

/** Key prefixes that cover every jobs query, for invalidation and cache reads. */
export const jobKeys = {
  list: resourceKey('/4.1/jobs'),
  details: resourceKey('/4.1/jobs/{id}'),
}

/**
 * The jobs resource. `GET /4.1/jobs` returns every job (SCV keeps 90 days); the console filters and sorts on
 * the client, so one cache entry serves the jobs page, the header indicator, a group's page and a job's
 * usual duration. Every jobs query polls by the one rule (`pollIntervalFor`): every 2 s while a job makes
 * progress, every few minutes while the only running jobs look stuck, never when nothing runs — and not
 * while the tab is hidden.
 */
export const jobQueries = {
  /**
   * All jobs. `forGroup` polls only for that group's running jobs (a group's page), `forTypes` only for running
   * jobs of those types (the mounts page: mounts and unmounts).
   */
  list: ({ forGroup, forTypes }: { forGroup?: number; forTypes?: readonly string[] } = {}) => {
    const include =
      forGroup === undefined && forTypes === undefined
        ? undefined
        : (job: Job) =>
            (forGroup === undefined || job.resourceGroupId === forGroup) &&
            (forTypes === undefined || forTypes.includes(job.type))
    const options = resourceQuery('get', '/4.1/jobs', undefined, {
      refetchInterval: (query) =>
        pollIntervalFor(listPace(query.state.data?.response?.jobResponseList, { include })),
      refetchIntervalInBackground: false,
    })
    return {
      ...options,
      queryFn: async (context: Parameters<typeof options.queryFn>[0]) => {
        const before = context.client.getQueryData<JobListResponse>(options.queryKey)
        const after: JobListResponse = await options.queryFn(context)
        // A job that ended changed its group's last run and may have made a backup: those reads follow it
        // here, once, instead of each polling on its own until its status catches up.
        if (endedJobs(before?.response?.jobResponseList, after.response?.jobResponseList)) {
          void context.client.invalidateQueries({ queryKey: resourceKey('/4.1/resource-groups') })
          void context.client.invalidateQueries({ queryKey: resourceKey('/4.1/vm/{moref}/backups') })
          void context.client.invalidateQueries({ queryKey: resourceKey('/4.1/datastores/{moref}/backups') })
          // A mount, an unmount or a cleanup that ended changed what is mounted.
          void context.client.invalidateQueries({
            queryKey: resourceKey('/4.1/datastores/backups/{backupId}/mounted'),
          })
          // A finished VMDK restore, attach or detach changed a VM's disks.
          void context.client.invalidateQueries({
            queryKey: resourceKey('/4.1/vm/{moref}/backups/vmdklocations'),
          })
          void context.client.invalidateQueries({
            queryKey: resourceKey('/4.1/vm/{moref}/backups/{backupId}/vmdklocations'),
          })
        }
        return after
      },
    }
  },
  /**
   * One job. `history` (the job list, when the caller has it) gives the job's usual duration, so a stuck job
   * is re-checked slowly instead of every 2 s; `freshness: 'now'` reads it again on mount (a result card
   * following a job it just started).
   */
  detail: (
    id: number,
    { history, freshness: fresh }: { history?: readonly Job[]; freshness?: Freshness } = {},
  ) =>
    resourceQuery(
      'get',
      '/4.1/jobs/{id}',
      { params: { path: { id } } },
      {
        ...freshness(fresh),
        refetchInterval: (query) => pollIntervalFor(jobPace(query.state.data?.response, history)),
        refetchIntervalInBackground: false,
      },
    ),
  /**
   * The job's log lines as JSON, read to recognise a failure the reason alone does not explain. A finished
   * job's logs don't change, so they never go stale.
   */
  logs: (id: number) =>
    resourceQuery('get', '/4.1/jobs/{id}/logs', { params: { path: { id } } }, { staleTime: Infinity }),
}

/**
 * One job, followed by the jobs rule with its usual duration taken from the job list (which the header's
 * indicator keeps on every page, so reading it here costs no extra request). `pace` says whether it
 * progresses, only looks stuck (re-checked every few minutes: say so), or has ended.
 */
export function useJob(id: number, { freshness: fresh }: { freshness?: Freshness } = {}) {
  const history = useQuery(jobQueries.list()).data?.response?.jobResponseList
  const query = useQuery(jobQueries.detail(id, { history, freshness: fresh }))
  return { query, pace: jobPace(query.data?.response, history, query.dataUpdatedAt) }
}

/**
 * Marks a running job failed (`POST /4.1/jobs/{id}/failJobs`). Never retried (not idempotent from the
 * user's point of view); on success the list and every job detail are refreshed.
 */
export function useFailJob() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/jobs/{id}/failJobs', {
    retry: false,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.list }),
        queryClient.invalidateQueries({ queryKey: jobKeys.details }),
      ])
    },
  })
}
