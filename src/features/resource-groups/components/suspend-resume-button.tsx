import { useRef } from 'react'
import { Button, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { toApiError } from '../../../api'
import type { ResourceGroup } from '../../../api'
import { useResumeResourceGroup, useSuspendResourceGroup } from '../../../api/resources'
import {
  markOperationUnsupported,
  useOperationUnsupported,
} from '../../../lib/appliance/unsupported-operations'

/**
 * Suspend (put under maintenance: scheduled backups stop) or resume. Neither call is documented; the tooltip
 * says so, and a not-supported answer hides the action for the session.
 */
export function SuspendResumeButton({ group }: { group: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  const suspended = group.status === 'UNDER_MAINTENANCE'
  const operation = suspended ? 'resume' : 'suspend'
  const operationId = suspended ? 'resumeResourceGroup' : 'suspendResourceGroup'
  const unsupported = useOperationUnsupported(operationId)
  const suspend = useSuspendResourceGroup()
  const resume = useResumeResourceGroup()
  const mutation = suspended ? resume : suspend
  const sending = useRef(false)
  if (unsupported) return null

  const run = async () => {
    if (sending.current) return
    sending.current = true
    try {
      await mutation.mutateAsync({ params: { path: { resouceGroupId: group.id } } })
      notifications.show({
        closeButtonProps: { 'aria-label': t('common:actions.close') },
        color: 'green',
        title: t(`${operation}.done`, { name: group.name }),
        message: '',
      })
    } catch (caught) {
      const apiError = toApiError(caught)
      if (apiError.kind === 'not-supported') {
        markOperationUnsupported(operationId)
        notifications.show({
          closeButtonProps: { 'aria-label': t('common:actions.close') },
          color: 'yellow',
          title: t(`${operation}.notSupported`),
          message: t('inferredHidden'),
        })
      } else {
        notifications.show({
          closeButtonProps: { 'aria-label': t('common:actions.close') },
          color: 'red',
          title: t(`${operation}.failed`, { name: group.name }),
          message: apiError.scvMessage ?? apiError.message,
        })
      }
    } finally {
      sending.current = false
    }
  }

  return (
    <Tooltip label={t(`${operation}.tooltip`)} multiline w={280}>
      <Button
        variant="default"
        leftSection={
          suspended ? <IconPlayerPlay size={14} aria-hidden /> : <IconPlayerPause size={14} aria-hidden />
        }
        onClick={() => void run()}
        loading={mutation.isPending}
        disabled={mutation.isPending}
      >
        {t(`${operation}.button`)}
      </Button>
    </Tooltip>
  )
}
