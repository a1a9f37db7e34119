import { useQuery } from '@tanstack/react-query'
import { jobQueries } from '../../../api/resources'
import { jobSetOf, type JobSet } from '../model/job-set'

/**
 * The job list with its derived set (rows, running jobs, medians). The derivation is cached per response, so
 * every component that calls this shares one computation.
 */
export function useJobs() {
  const query = useQuery(jobQueries.list())
  const list = query.data?.response?.jobResponseList
  const set: JobSet | undefined = list ? jobSetOf(list) : undefined
  return { query, list, set }
}
