import { useRef, useState } from 'react'
import { Alert, Anchor, Button, Group, Modal, Radio, Stack, Text, type ButtonProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlayerPlay } from '@tabler/icons-react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { routes } from '../../../lib/routes'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { useBackupNow } from '../../../api/resources'
import { backupNowBlocker } from '../model/backup-now'

/** After a backup started, clicks on the same button are ignored this long (the double click's second half). */
const RESEND_GUARD_MS = 2_000

interface BackupNowButtonProps {
  group: ResourceGroup
  size?: ButtonProps['size']
  variant?: ButtonProps['variant']
}

/**
 * Backup now (W5): `POST /4.1/resource-groups/backupnow {resourceGroupId, policyId}`. With one policy it sends
 * at once; with several a dialog asks which; a group under maintenance or without a policy gets the reason
 * instead of a request. A double click sends one request (disabled while pending and guarded in the handler).
 */
export function BackupNowButton({ group, size = 'sm', variant = 'filled' }: BackupNowButtonProps) {
  const { t } = useTranslation('resource-groups')
  const navigate = useNavigate()
  const backupNow = useBackupNow()
  const sending = useRef(false)
  const lastSent = useRef(0)
  const [open, setOpen] = useState(false)
  const [policyId, setPolicyId] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const policies = group.policies ?? []
  const blocker = backupNowBlocker(group)

  const send = async (chosen: number) => {
    // A second click of a double click may come after a fast reply: it must not start a second backup.
    if (sending.current || Date.now() - lastSent.current < RESEND_GUARD_MS) return
    sending.current = true
    setError(null)
    try {
      const reply = await backupNow.mutateAsync({ body: { resourceGroupId: group.id, policyId: chosen } })
      lastSent.current = Date.now()
      const jobId = reply?.response?.jobId
      const target =
        jobId !== undefined ? routes.jobs.detail.href(jobId) : routes.jobs.list.href({ status: 'RUNNING' })
      const policyName = policies.find((policy) => policy.id === chosen)?.name ?? `#${chosen}`
      setOpen(false)
      notifications.show({
        closeButtonProps: { 'aria-label': t('common:actions.close') },
        color: 'blue',
        // Long enough to reach the link: it is the way to the new job.
        autoClose: 15_000,
        title: t('backupNow.started', { name: group.name, policy: policyName }),
        message: (
          <Anchor
            href={target}
            size="sm"
            onClick={(event) => {
              event.preventDefault()
              navigate(target)
            }}
          >
            {jobId !== undefined ? t('backupNow.openJob', { id: jobId }) : t('backupNow.openRunningJobs')}
          </Anchor>
        ),
      })
    } catch (caught) {
      setError(caught)
      setOpen(true)
    } finally {
      sending.current = false
    }
  }

  const onClick = () => {
    setError(null)
    const only = policies[0]
    if (!blocker && policies.length === 1 && only) void send(only.id)
    else {
      setPolicyId(null)
      setOpen(true)
    }
  }

  return (
    <>
      <Button
        size={size}
        variant={variant}
        leftSection={<IconPlayerPlay size={14} aria-hidden />}
        onClick={onClick}
        loading={backupNow.isPending}
        disabled={backupNow.isPending}
        aria-label={t('backupNow.buttonFor', { name: group.name })}
      >
        {t('backupNow.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        title={t('backupNow.title', { name: group.name })}
      >
        <Stack>
          {blocker ? (
            <Alert color="yellow" variant="light" title={t('backupNow.refusedTitle')}>
              {t(`backupNow.blocked.${blocker}`)}
            </Alert>
          ) : policies.length > 1 ? (
            <Radio.Group
              label={t('backupNow.choosePolicy')}
              description={t('backupNow.choosePolicyHint')}
              value={policyId}
              onChange={setPolicyId}
              required
            >
              <Stack gap="xs" mt="xs">
                {policies.map((policy) => (
                  <Radio key={policy.id} value={String(policy.id)} label={policy.name ?? `#${policy.id}`} />
                ))}
              </Stack>
            </Radio.Group>
          ) : (
            <Text size="sm">{t('backupNow.single', { policy: policies[0]?.name ?? '' })}</Text>
          )}
          {error !== null && (
            <ApiErrorAlert error={error} context={t('backupNow.failed', { name: group.name })} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t(blocker ? 'common:actions.close' : 'common:actions.cancel')}
            </Button>
            {!blocker && (
              <Button
                onClick={() => {
                  const chosen = policies.length > 1 ? Number(policyId) : policies[0]?.id
                  if (chosen !== undefined && Number.isFinite(chosen) && (policies.length === 1 || policyId))
                    void send(chosen)
                }}
                disabled={backupNow.isPending || (policies.length > 1 && !policyId)}
                loading={backupNow.isPending}
              >
                {t('backupNow.confirm')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
