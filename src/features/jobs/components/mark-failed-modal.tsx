import { Alert, Badge, Group, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useFailJob } from '../../../api/resources'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ConfirmDialog } from '../../../components/confirm/confirm-dialog'
import { formatDuration } from '../../../lib/format/date-time'
import type { RunningAssessment } from '../model/job-set'

interface MarkFailedModalProps {
  opened: boolean
  onClose: () => void
  jobId: number
  jobName: string
  assessment: RunningAssessment
}

/**
 * Confirms "Mark as failed" (failJobs). It says what the action really does — SCV stops tracking the job,
 * the ONTAP or vCenter work it started is not stopped — and compares the elapsed time with the usual
 * duration of this kind of job so the operator can tell a slow job from a stuck one. One request, however
 * often the button is clicked; a refusal stays in the dialog so nothing is lost.
 */
export function MarkFailedModal({ opened, onClose, jobId, jobName, assessment }: MarkFailedModalProps) {
  const { t } = useTranslation('jobs')
  const failJob = useFailJob()
  const write = useApplianceWrite()

  const close = () => {
    write.reset()
    onClose()
  }

  const confirm = async () => {
    const done = await write.run({
      operation: 'failJobs',
      send: async () => {
        await failJob.mutateAsync({ params: { path: { id: jobId } } })
        return { title: t('markFailed.doneTitle'), message: t('markFailed.doneBody', { id: jobId }) }
      },
    })
    if (done) onClose()
  }

  const { elapsedMs, medianMs, possiblyStuck } = assessment
  return (
    <ConfirmDialog
      opened={opened}
      onClose={close}
      title={t('markFailed.title', { id: jobId })}
      size="lg"
      color="red.9"
      confirmLabel={t('markFailed.confirm')}
      onConfirm={() => void confirm()}
      pending={write.pending}
      error={write.error}
      errorContext={t('markFailed.error', { id: jobId })}
    >
      <Text size="sm" fw={500}>
        {jobName}
      </Text>
      <Alert
        color="orange"
        variant="light"
        // Mantine's light title colour is below 4.5:1 on its own background; the body text colour is not.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
        icon={<IconAlertTriangle aria-hidden />}
        title={t('markFailed.riskTitle')}
      >
        <Text size="sm">{t('markFailed.risk')}</Text>
      </Alert>
      <div data-testid="mark-failed-timing">
        <Group gap="xs">
          <Text size="sm">{t('markFailed.elapsed', { elapsed: formatDuration(elapsedMs) })}</Text>
          {possiblyStuck && (
            <Badge color="red.9" variant="filled">
              {t('stuck.badge')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {medianMs === undefined
            ? t('markFailed.noMedian')
            : t('markFailed.median', { median: formatDuration(medianMs) })}
        </Text>
        <Text size="sm" c="dimmed">
          {possiblyStuck ? t('markFailed.stuckHint') : t('markFailed.notStuckHint')}
        </Text>
      </div>
    </ConfirmDialog>
  )
}
