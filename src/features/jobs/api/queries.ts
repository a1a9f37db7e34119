import { $api } from '../../../api'
import { LIVE_POLL_MS, listPollInterval } from '../model/job-set'

/**
 * The jobs resource, defined once. `GET /4.1/jobs` returns every job (SCV keeps 90 days); the console filters
 * and sorts on the client, so one cache entry serves the page, the header indicator and the detail's median.
 * Both poll only while something runs: `refetchInterval` is a function of the data (TanStack also pauses it
 * while the tab is hidden, `refetchIntervalInBackground` being false).
 */
export const jobQueries = {
  list: () =>
    $api.queryOptions('get', '/4.1/jobs', undefined, {
      refetchInterval: (query) => listPollInterval(query.state.data?.response?.jobResponseList),
    }),
  detail: (id: number) =>
    $api.queryOptions(
      'get',
      '/4.1/jobs/{id}',
      { params: { path: { id } } },
      {
        // One small object: follow a running job closely until it ends, then stop.
        refetchInterval: (query) => (query.state.data?.response?.status === 'RUNNING' ? LIVE_POLL_MS : false),
      },
    ),
  /**
   * The job's log lines as JSON, read to recognise a failure the reason alone does not explain. A finished
   * job's logs don't change, so they never go stale.
   */
  logs: (id: number) =>
    $api.queryOptions('get', '/4.1/jobs/{id}/logs', { params: { path: { id } } }, { staleTime: Infinity }),
}

/** Key prefixes that cover every jobs query (list and details), for invalidation. */
export const jobQueryKeys = {
  list: ['get', '/4.1/jobs'] as const,
  details: ['get', '/4.1/jobs/{id}'] as const,
}
