import { useQuery } from '@tanstack/react-query'
import { jobQueries } from '../../../api/resources'

/**
 * The job list as the job index's snapshot: its summary (running jobs, usual durations, counts) is here; rows
 * are asked for by the view that shows them (`useJobView`). The header indicator, the jobs page and a job's
 * page share this one query. With `retryOnMount: false` a list that failed before this caller mounted is not sent
 * again because it did (the caller that showed the failure offers Retry).
 */
export function useJobs({ retryOnMount }: { retryOnMount?: boolean } = {}) {
  const query = useQuery({ ...jobQueries.list(), retryOnMount })
  return { query, snapshot: query.data }
}
