import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Job } from '../types'
import { endedJobs, jobPace, listPace, pollIntervalFor, type JobActivitySource } from './job-activity'
import { readJobListOrAdoptEarly } from './job-list-read'
import { ALL_JOBS } from './job-index'
import { jobStore, type JobsSnapshot } from './job-store'
import { freshness, resourceKey, resourceQuery, useResourceMutation, type Freshness } from './query'

/** The base URL a read's key sends it to (under the console server), or undefined for the one appliance. */
function applianceOfRead(queryKey: readonly unknown[]): string | undefined {
  const init = queryKey[2] as { baseUrl?: unknown } | undefined
  return typeof init?.baseUrl === 'string' ? init.baseUrl : undefined
}

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
   * All jobs, as a snapshot of the job index (a worker holds the rows; the cache keeps their summary). The
   * page asks the index for the rows it shows (`jobStore().query`). `forGroup` polls only for that group's
   * running jobs (a group's page), `forTypes` only for running jobs of those types (the mounts page: mounts and
   * unmounts).
   */
  list: ({ forGroup, forTypes }: { forGroup?: number; forTypes?: readonly string[] } = {}) => {
    const include =
      forGroup === undefined && forTypes === undefined
        ? undefined
        : (job: Job) =>
            (forGroup === undefined || job.resourceGroupId === forGroup) &&
            (forTypes === undefined || forTypes.includes(job.type))
    // The appliance goes into the key and the request as for every other read (`resourceQuery`).
    const { queryKey } = resourceQuery('get', '/4.1/jobs')
    const baseUrl = applianceOfRead(queryKey)
    return queryOptions({
      queryKey,
      queryFn: async ({ client, signal }): Promise<JobsSnapshot> => {
        const before = client.getQueryData<JobsSnapshot>(queryKey)
        const after = await readJobListOrAdoptEarly(baseUrl, signal)
        // A job that ended changed its group's last run and may have made a backup: those reads follow it
        // here, once, instead of each polling on its own until its status catches up.
        if (endedJobs(before, after)) {
          void client.invalidateQueries({ queryKey: resourceKey('/4.1/resource-groups') })
          void client.invalidateQueries({ queryKey: resourceKey('/4.1/vm/{moref}/backups') })
          void client.invalidateQueries({ queryKey: resourceKey('/4.1/datastores/{moref}/backups') })
          // A mount, an unmount or a cleanup that ended changed what is mounted.
          void client.invalidateQueries({
            queryKey: resourceKey('/4.1/datastores/backups/{backupId}/mounted'),
          })
          // A finished VMDK restore, attach or detach changed a VM's disks.
          void client.invalidateQueries({
            queryKey: resourceKey('/4.1/vm/{moref}/backups/vmdklocations'),
          })
          void client.invalidateQueries({
            queryKey: resourceKey('/4.1/vm/{moref}/backups/{backupId}/vmdklocations'),
          })
        }
        return after
      },
      refetchInterval: (query) => pollIntervalFor(listPace(query.state.data, { include })),
      refetchIntervalInBackground: false,
      // A snapshot is a handle on the index's rows: compare versions, never contents.
      structuralSharing: false,
    })
  },
  /**
   * One job. `history` (the job list, when the caller has it) gives the job's usual duration, so a stuck job
   * is re-checked slowly instead of every 2 s; `freshness: 'now'` reads it again on mount (a result card
   * following a job it just started).
   */
  detail: (
    id: number,
    { history, freshness: fresh }: { history?: JobActivitySource; freshness?: Freshness } = {},
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
  const history = useQuery(jobQueries.list()).data
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

/** The newest jobs of one resource group and how many it has; the job list (polled for the group) drives it. */
export interface GroupJobs {
  count: number
  recent: Job[]
}

/**
 * A group's recent jobs, newest first. `GET /4.1/jobs` has no group filter, so the job index picks them out of
 * the shared list; the list query (`forGroup`) polls while one of the group's jobs progresses, and each new
 * snapshot asks again. Loading and errors are the list's.
 */
export function useGroupJobs(groupId: number, limit: number) {
  const list = useQuery(jobQueries.list({ forGroup: groupId }))
  const version = list.data?.version
  const jobs = useQuery({
    queryKey: ['job-index', 'group', groupId, limit, version] as const,
    queryFn: async (): Promise<GroupJobs> => {
      const query = { ...ALL_JOBS, groupId, sort: 'start', dir: 'desc' } as const
      const answer = await jobStore().query(version as number, query, limit)
      return { count: answer?.positions.length ?? 0, recent: answer?.rows ?? [] }
    },
    enabled: version !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  return { list, jobs }
}

/** The whole job list in the shape of the appliance's answer (the part pages read). */
export interface WholeJobList {
  response: { jobResponseList: Job[] }
}

/** The whole job list as a query: its loading, errors and refresh are the list query's. */
export interface WholeJobListQuery {
  data: WholeJobList | undefined
  error: unknown
  isPending: boolean
  isFetching: boolean
  refetch: () => Promise<unknown>
  /** When the list was read: the "now" of anything counted from it. */
  dataUpdatedAt: number
}

/**
 * Every job, for pages that aggregate the whole list (the dashboard, reports, overdue protection). The list
 * is read once for every page (the job index holds it); this copies its jobs to the page for each new answer.
 * Copies of older answers are dropped at once (`gcTime: 0`): at 100,000 jobs each is large. `options` are the
 * list's (which running jobs keep it polling).
 */
export function useWholeJobList(options: Parameters<typeof jobQueries.list>[0] = {}): WholeJobListQuery {
  const list = useQuery(jobQueries.list(options))
  const version = list.data?.version
  const jobs = useQuery({
    queryKey: ['job-index', 'all', version] as const,
    queryFn: async (): Promise<WholeJobList> => {
      const all = await jobStore().all(version as number)
      if (!all) throw new Error('The job list was replaced while it was being read')
      return { response: { jobResponseList: all } }
    },
    enabled: version !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
  })
  return {
    data: jobs.data,
    error: list.error ?? jobs.error,
    isPending: list.isPending || (!list.error && jobs.isPending),
    isFetching: list.isFetching || jobs.isFetching,
    refetch: () => list.refetch(),
    dataUpdatedAt: list.dataUpdatedAt,
  }
}
