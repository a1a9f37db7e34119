import { useRef } from 'react'
import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { formatDuration } from '../../../lib/format/date-time'
import { useFailJob } from '../../../api/resources'
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
 * often the button is clicked.
 */
export function MarkFailedModal({ opened, onClose, jobId, jobName, assessment }: MarkFailedModalProps) {
  const { t } = useTranslation('jobs')
  const { t: tc } = useTranslation()
  const failJob = useFailJob()
  const sending = useRef(false)

  const close = () => {
    if (sending.current) return
    failJob.reset()
    onClose()
  }

  const confirm = async () => {
    // Guard in the handler as well as disabling the button: a double click lands before the re-render.
    if (sending.current) return
    sending.current = true
    try {
      await failJob.mutateAsync({ params: { path: { id: jobId } } })
      notifications.show({
        color: 'green',
        title: t('markFailed.doneTitle'),
        message: t('markFailed.doneBody', { id: jobId }),
      })
      sending.current = false
      onClose()
    } catch {
      // The error is shown in the dialog (failJob.error); the dialog stays open so nothing is lost.
      sending.current = false
    }
  }

  const { elapsedMs, medianMs, possiblyStuck } = assessment
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('markFailed.title', { id: jobId })}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      <Stack gap="sm">
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
        {failJob.error && (
          <ApiErrorAlert error={failJob.error} context={t('markFailed.error', { id: jobId })} />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close} disabled={failJob.isPending}>
            {tc('actions.cancel')}
          </Button>
          <Button
            color="red.9"
            onClick={() => void confirm()}
            loading={failJob.isPending}
            disabled={failJob.isPending}
          >
            {t('markFailed.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
