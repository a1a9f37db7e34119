import { useMemo, useState } from 'react'
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useModifyBuiltInSchedule } from '../../../api/resources'
import type { BuiltInSchedule } from '../../../api'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { describeCron } from '../../../lib/cron/describe-cron'
import { useCronIssueText } from '../../../lib/cron/use-cron-issue-text'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import type { TimeZone } from '../../../lib/time/zone'
import { checkSchedule, mayBeRefused } from '../model/schedule-check'
import { RunTimes } from './run-times'

interface ScheduleEditorProps {
  schedule: BuiltInSchedule
  applianceZone: TimeZone
  viewerZone: TimeZone
  onDone: () => void
  onCancel: () => void
}

/** Spaces as Quartz reads them: one between fields. */
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ')

/**
 * Edits a built-in schedule's Quartz cron expression. Every keystroke is checked against the dialect, with
 * the plain reading and the next runs shown while typing; nothing is sent until the expression is valid and
 * fires again. A refusal lands on the field, in the appliance's words.
 */
export function ScheduleEditor({
  schedule,
  applianceZone,
  viewerZone,
  onDone,
  onCancel,
}: ScheduleEditorProps) {
  const { t, i18n } = useTranslation('settings')
  const cronText = useTranslation('cron').t
  const issueText = useCronIssueText()
  const modify = useModifyBuiltInSchedule()
  const write = useApplianceWrite()
  const [value, setValue] = useState(schedule.cronExpression)
  const [touched, setTouched] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [now] = useState(() => Date.now())
  const check = useMemo(() => checkSchedule(value, applianceZone, now), [value, applianceZone, now])
  const error = refusal ?? (!check.ok && touched ? issueText(check.issue) : null)
  const reading = check.ok ? describeCron(check.cron.expression, i18n.language) : null

  async function handleSave() {
    setTouched(true)
    if (!check.ok) return
    const cronExpression = normalise(value)
    const done = await write.run({
      operation: 'modifyBuiltInSchedule',
      send: async () => {
        await modify.mutateAsync({ body: { name: schedule.name, cronExpression } })
        return t('editor.saved', { name: schedule.name, cron: cronExpression })
      },
      onError: (apiError) => {
        if (apiError.kind === 'validation' && apiError.scvMessage) setRefusal(apiError.scvMessage)
      },
      onNotSupported: onCancel,
    })
    if (done) onDone()
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void handleSave()
      }}
    >
      <Stack gap="sm">
        {write.error?.kind !== 'validation' && (
          <WriteErrorAlert error={write.error} context={t('editor.refused')} />
        )}
        {mayBeRefused(String(schedule.name)) && (
          <Alert color="gray" variant="default">
            <Text size="sm">{t('editor.purgeNote')}</Text>
          </Alert>
        )}
        <TextInput
          label={t('editor.cron')}
          description={cronText('dialect')}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value)
            setTouched(true)
            setRefusal(null)
          }}
          error={error}
          ff="monospace"
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        {check.ok && (
          <Stack gap={6} aria-live="polite">
            {reading && (
              <Text size="sm">
                {t('editor.reading')} <strong>{reading}</strong>
              </Text>
            )}
            {check.perHour > 1 && (
              <Alert
                color="yellow"
                variant="default"
                icon={<IconAlertTriangle aria-hidden />}
                title={t('editor.oftenTitle')}
              >
                <Text size="sm">{t('editor.often', { count: check.perHour })}</Text>
              </Alert>
            )}
            <Text size="sm" fw={600}>
              {t('editor.preview')}
            </Text>
            <RunTimes
              runs={check.runs}
              applianceZone={applianceZone}
              viewerZone={viewerZone}
              label={t('editor.previewLabel')}
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={modify.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={modify.isPending} disabled={modify.isPending}>
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
