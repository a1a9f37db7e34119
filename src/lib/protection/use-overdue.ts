import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { policyQueries, resourceGroupQueries, useWholeJobList } from '../../api/resources'
import { applianceOffsetIn } from '../format/appliance-clock'
import { combineQueries } from '../query/combine-queries'
import { findOverdue, type OverdueFinding } from './overdue'

/**
 * The overdue protection of the appliance (see {@link findOverdue}) from the groups, policies and job list —
 * the same cached answers every page shares — computed once per set of answers. `query` drives the section's
 * loading and error states; `findings` is empty until every answer is in.
 */
export function useOverdueProtection() {
  const groups = useQuery(resourceGroupQueries.list())
  const policies = useQuery(policyQueries.list())
  const jobs = useWholeJobList()
  const query = combineQueries([groups, policies, jobs] as const)
  const groupList = groups.data?.response.resourceGroupResponseList
  const policyList = policies.data?.response.policyResponseList
  const jobList = jobs.data?.response.jobResponseList
  const now = jobs.dataUpdatedAt
  const result = useMemo(() => {
    if (!groupList || !policyList || !jobList) return null
    const times = [
      ...jobList.slice(0, 20).map((job) => job.startTime),
      ...groupList.map((g) => g.lastRunTime),
    ]
    const offsetMinutes = applianceOffsetIn(times)
    return {
      offsetMinutes,
      findings: findOverdue({
        groups: groupList,
        policies: policyList,
        jobs: jobList,
        now,
        offsetMinutes: offsetMinutes ?? 0,
      }),
    }
  }, [groupList, policyList, jobList, now])
  return {
    query,
    now,
    findings: result?.findings ?? ([] as OverdueFinding[]),
    offsetMinutes: result?.offsetMinutes ?? null,
  }
}
