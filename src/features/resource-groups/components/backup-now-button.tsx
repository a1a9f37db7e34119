import { useState } from 'react'
import { Alert, Anchor, Button, Radio, Stack, Text, type ButtonProps } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { useBackupNow } from '../../../api/resources'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ConfirmDialog } from '../../../components/confirm/confirm-dialog'
import { routes } from '../../../lib/routes'
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
 * instead of a request. A double click sends one request (the guarded write), and the button stays guarded
 * for a moment after the backup started, since it stays on screen.
 */
export function BackupNowButton({ group, size = 'sm', variant = 'filled' }: BackupNowButtonProps) {
  const { t } = useTranslation('resource-groups')
  const navigate = useNavigate()
  const backupNow = useBackupNow()
  const write = useApplianceWrite({ rearmAfterSuccessMs: RESEND_GUARD_MS })
  const [open, setOpen] = useState(false)
  const [policyId, setPolicyId] = useState<string | null>(null)
  const policies = group.policies ?? []
  const blocker = backupNowBlocker(group)

  const send = async (chosen: number) => {
    const started = await write.run({
      operation: 'backupNow',
      send: async () => {
        const reply = await backupNow.mutateAsync({ body: { resourceGroupId: group.id, policyId: chosen } })
        const jobId = reply?.response?.jobId
        const target =
          jobId !== undefined ? routes.jobs.detail.href(jobId) : routes.jobs.list.href({ status: 'RUNNING' })
        const policyName = policies.find((policy) => policy.id === chosen)?.name ?? `#${chosen}`
        return {
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
        }
      },
      // The dialog shows a refusal; a backup sent straight from the button opens it to say why.
      onError: () => setOpen(true),
    })
    if (started) setOpen(false)
  }

  const onClick = () => {
    write.reset()
    const only = policies[0]
    if (!blocker && policies.length === 1 && only) void send(only.id)
    else {
      setPolicyId(null)
      setOpen(true)
    }
  }

  const chosen = policies.length > 1 ? Number(policyId) : policies[0]?.id
  return (
    <>
      <Button
        size={size}
        variant={variant}
        leftSection={<IconPlayerPlay size={14} aria-hidden />}
        onClick={onClick}
        loading={write.pending}
        disabled={write.pending || write.settling}
        aria-label={t('backupNow.buttonFor', { name: group.name })}
      >
        {t('backupNow.button')}
      </Button>
      <ConfirmDialog
        opened={open}
        onClose={() => setOpen(false)}
        title={t('backupNow.title', { name: group.name })}
        color="blue"
        confirmLabel={t('backupNow.confirm')}
        onConfirm={() => {
          if (chosen !== undefined && Number.isFinite(chosen) && (policies.length === 1 || policyId))
            void send(chosen)
        }}
        canConfirm={!blocker}
        confirmDisabled={policies.length > 1 && !policyId}
        cancelLabel={blocker ? t('common:actions.close') : undefined}
        pending={write.pending}
        error={write.error}
        errorContext={t('backupNow.failed', { name: group.name })}
      >
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
      </ConfirmDialog>
    </>
  )
}
