import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { components } from '../../../api'
import { resourceGroupQueries } from '../../../api/resources'
import { applianceOffsetIn } from '../../../lib/format/appliance-clock'
import { useListParams, type ParamFields } from '../../../lib/url/list-params'
import { schedulesFor, TIMELINE_WINDOWS, type TimelineWindow } from '../model/timeline'
import { RestorePointTimeline } from './restore-point-timeline'

type Backup = components['schemas']['Backup']

const DEFAULT_WINDOW: TimelineWindow = 14

/** The window in days (`?days=`), 14 when absent or not one offered. */
const timelineFields: ParamFields<{ days: TimelineWindow }> = {
  days: {
    key: 'days',
    read: (raw) => TIMELINE_WINDOWS.find((days) => String(days) === raw) ?? DEFAULT_WINDOW,
    write: (days) => (days === DEFAULT_WINDOW ? null : String(days)),
  },
}

/**
 * The timeline above the backups table: the window in the URL (`?days=30`), the expected runs from the
 * schedules of the groups that protect the object (read from the shared group list; without it the timeline
 * still shows every point), and a click that opens the backup like the table does.
 */
export function BackupTimelineSection({
  moref,
  backups,
  now,
  selectedId,
  onSelect,
}: {
  moref: string
  backups: Backup[]
  now: number
  selectedId: number | null
  onSelect: (backup: Backup) => void
}) {
  const [{ days }, setParams] = useListParams(timelineFields)
  const groups = useQuery(resourceGroupQueries.list())
  const groupList = groups.data?.response.resourceGroupResponseList
  const schedules = useMemo(() => schedulesFor(moref, backups, groupList ?? []), [moref, backups, groupList])
  const offsetMinutes = useMemo(
    () => applianceOffsetIn(backups.slice(0, 5).map((b) => b.createdTime)) ?? 0,
    [backups],
  )
  return (
    <RestorePointTimeline
      backups={backups}
      schedules={schedules}
      offsetMinutes={offsetMinutes}
      now={now}
      days={days}
      onDaysChange={(next) => setParams({ days: next })}
      selectedId={selectedId}
      onSelect={onSelect}
    />
  )
}
