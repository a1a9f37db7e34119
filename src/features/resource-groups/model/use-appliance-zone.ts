import { useQueryClient } from '@tanstack/react-query'
import { onScreenAppliance, type ResourceGroupListResponse as GroupList } from '../../../api'
import { offsetOf, zoneLabel } from '../../../lib/format/date-time'
import { jobKeys, resourceGroupKeys, type JobsSnapshot } from '../../../api/resources'

/**
 * The appliance's UTC offset as a label (`UTC+08:00`), read from the times it already sent (groups' runs,
 * jobs), or null when none carried an offset. SCV has no call for its time zone; schedules run in it.
 * Reads the cache only (of the appliance on screen): asking the appliance just for this would add calls to W3.
 */
export function useApplianceZone(): string | null {
  const queryClient = useQueryClient()
  const times: (string | null | undefined)[] = []
  for (const [, data] of queryClient.getQueriesData<GroupList>(onScreenAppliance(resourceGroupKeys.list))) {
    for (const group of data?.response?.resourceGroupResponseList ?? [])
      times.push(group.lastRunTime, group.nextRunTime)
  }
  for (const [, data] of queryClient.getQueriesData<JobsSnapshot>(onScreenAppliance(jobKeys.list))) {
    times.push(...(data?.summary.sampleStartTimes ?? []))
  }
  for (const time of times) {
    if (!time || /z$/i.test(time)) continue
    const offset = offsetOf(time)
    if (offset !== null) return zoneLabel(offset)
  }
  return null
}
