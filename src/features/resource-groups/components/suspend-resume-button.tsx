import { Button, Tooltip } from '@mantine/core'
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { useResumeResourceGroup, useSuspendResourceGroup } from '../../../api/resources'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { notifyFailure } from '../../../components/notify/notify'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { DOUBLE_CLICK_MS } from '../../../lib/forms/use-send-guard'

/**
 * Suspend (put under maintenance: scheduled backups stop) or resume. Neither call is documented; the tooltip
 * says so, and a not-supported answer hides the action for the session. The button stays and turns into its
 * opposite, so after a success it waits out a double click before it can send again.
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
  const write = useApplianceWrite({ rearmAfterSuccessMs: DOUBLE_CLICK_MS })
  if (unsupported) return null

  const run = () =>
    write.run({
      operation: operationId,
      send: async () => {
        await mutation.mutateAsync({ params: { path: { resouceGroupId: group.id } } })
        return { title: t(`${operation}.done`, { name: group.name }) }
      },
      onNotSupported: () => {},
      notSupportedNotice: {
        color: 'yellow',
        title: t(`${operation}.notSupported`),
        message: t('inferredHidden'),
      },
      // A toolbar button has no dialog to keep the error in: it is said in a notification.
      onError: (error) =>
        notifyFailure(t, t(`${operation}.failed`, { name: group.name }), error.scvMessage ?? error.message),
    })

  return (
    <Tooltip label={t(`${operation}.tooltip`)} multiline w={280}>
      <Button
        variant="default"
        leftSection={
          suspended ? <IconPlayerPlay size={14} aria-hidden /> : <IconPlayerPause size={14} aria-hidden />
        }
        onClick={() => void run()}
        loading={write.pending}
        disabled={write.pending || write.settling}
      >
        {t(`${operation}.button`)}
      </Button>
    </Tooltip>
  )
}
