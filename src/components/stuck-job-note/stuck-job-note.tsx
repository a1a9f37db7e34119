import { Alert, Button, Group, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { STUCK_RECHECK_MS } from '../../api/resources'

interface StuckJobNoteProps {
  /** How many running jobs look stuck (1 on a job's page). */
  count?: number
  /** Asks the appliance now instead of waiting for the next re-check. */
  onCheckNow: () => void
  checking?: boolean
}

/**
 * Says that what runs here only looks stuck (far past its usual duration), so the page checks it again every
 * few minutes instead of live, and offers to check now. Shown wherever a stuck job would otherwise be followed
 * live: a job's page, a group's page, a wizard's result card.
 */
export function StuckJobNote({ count = 1, onCheckNow, checking = false }: StuckJobNoteProps) {
  const { t } = useTranslation('stuck-job-note')
  return (
    <Alert color="gray" variant="light" role="status" p="xs">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{t('text', { count, minutes: STUCK_RECHECK_MS / 60_000 })}</Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onCheckNow}
          loading={checking}
        >
          {t('checkNow')}
        </Button>
      </Group>
    </Alert>
  )
}
