import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import type { components } from '../../../api'
import { resourceGroupQueries } from '../../../api/resources'
import { applianceOffsetIn } from '../../../lib/format/appliance-clock'
import { schedulesFor, TIMELINE_WINDOWS, type TimelineWindow } from '../model/timeline'
import { RestorePointTimeline } from './restore-point-timeline'

type Backup = components['schemas']['Backup']

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
  const [params, setParams] = useSearchParams()
  const groups = useQuery(resourceGroupQueries.list())
  const groupList = groups.data?.response.resourceGroupResponseList
  const schedules = useMemo(() => schedulesFor(moref, backups, groupList ?? []), [moref, backups, groupList])
  const offsetMinutes = useMemo(
    () => applianceOffsetIn(backups.slice(0, 5).map((b) => b.createdTime)) ?? 0,
    [backups],
  )
  const asked = Number(params.get('days'))
  const days: TimelineWindow = (TIMELINE_WINDOWS as readonly number[]).includes(asked)
    ? (asked as TimelineWindow)
    : 14
  return (
    <RestorePointTimeline
      backups={backups}
      schedules={schedules}
      offsetMinutes={offsetMinutes}
      now={now}
      days={days}
      onDaysChange={(next) =>
        setParams(
          (current) => {
            const written = new URLSearchParams(current)
            if (next === 14) written.delete('days')
            else written.set('days', String(next))
            return written
          },
          { replace: true },
        )
      }
      selectedId={selectedId}
      onSelect={onSelect}
    />
  )
}
