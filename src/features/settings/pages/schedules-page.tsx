import { useState } from 'react'
import { Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/confirm/form-dialog'
import { scheduleQueries } from '../../../api/resources'
import type { BuiltInSchedule } from '../../../api'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { useApplianceTimeZone } from '../../../lib/appliance/appliance-time-zone'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { viewerTimeZone } from '../../../lib/time/zone'
import { ApplianceZonePicker } from '../components/appliance-zone-picker'
import { ScheduleCard } from '../components/schedule-card'
import { ScheduleEditor } from '../components/schedule-editor'
import { ScheduleViewTabs } from '../components/settings-tabs'

/**
 * `/settings/schedules` (W15): the appliance's five built-in maintenance schedules, what each does, its cron
 * expression read aloud, and its next runs in the appliance's time zone beside the viewer's; each editable.
 */
export function SchedulesPage() {
  const { t } = useTranslation('settings')
  const query = useQuery(scheduleQueries.list())
  const appliance = useApplianceTimeZone()
  const [viewer] = useState(viewerTimeZone)
  const [now] = useState(() => Date.now())
  const [editing, setEditing] = useState<BuiltInSchedule | null>(null)
  const editUnsupported = useOperationUnsupported('modifyBuiltInSchedule')
  const close = () => setEditing(null)

  return (
    <>
      <PageHeader title={t('schedules.title')} description={t('schedules.description')} />
      <ScheduleViewTabs active="list" />
      <Stack gap="md">
        <ApplianceZonePicker appliance={appliance} />
        <QueryState
          query={query}
          errorContext={t('schedules.loadError')}
          isEmpty={(data) => data.response.scheduleResponseList.length === 0}
          empty={t('schedules.empty')}
        >
          {(data) => (
            <Stack gap="md">
              {data.response.scheduleResponseList.map((schedule) => (
                <ScheduleCard
                  key={String(schedule.name)}
                  schedule={schedule}
                  applianceZone={appliance.zone}
                  viewerZone={viewer}
                  now={now}
                  onEdit={editUnsupported ? undefined : () => setEditing(schedule)}
                />
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
      <FormDialog
        opened={editing !== null}
        onClose={close}
        title={editing ? t('editor.title', { name: String(editing.name) }) : ''}
        size="lg"
      >
        {editing && (
          <ScheduleEditor
            schedule={editing}
            applianceZone={appliance.zone}
            viewerZone={viewer}
            onDone={close}
            onCancel={close}
          />
        )}
      </FormDialog>
    </>
  )
}
