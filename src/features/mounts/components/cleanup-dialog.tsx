import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCleanupBackup } from '../../../api/resources'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ConfirmDialog } from '../../../components/confirm/confirm-dialog'
import type { StaleRow } from '../model/mount-rows'

interface CleanupDialogProps {
  row: StaleRow | null
  onClose: () => void
}

/**
 * W12 step 3: a backup shown as mounted whose `mounted` list is empty cannot be unmounted; SCV's documented way
 * out is `/backup/{backup-Id}/cleanup`, after which the page reads what is mounted again (the unmount retried).
 */
export function CleanupDialog({ row, onClose }: CleanupDialogProps) {
  const { t } = useTranslation('mounts')
  const cleanup = useCleanupBackup()
  const write = useApplianceWrite()
  const close = () => {
    write.reset()
    onClose()
  }
  const confirm = async () => {
    if (!row) return
    const done = await write.run({
      operation: 'cleanupBackup',
      send: async () => {
        const reply = await cleanup.mutateAsync({ params: { path: { 'backup-Id': row.backupId } } })
        const jobId = reply?.response?.jobId
        return {
          title: t('cleanup.startedTitle', { name: row.backupName }),
          message: jobId ? t('cleanup.startedJob', { id: jobId }) : t('cleanup.started'),
        }
      },
    })
    if (done) onClose()
  }
  return (
    <ConfirmDialog
      opened={row !== null}
      onClose={close}
      title={t('cleanup.title', { name: row?.backupName ?? '' })}
      confirmLabel={t('cleanup.confirm')}
      onConfirm={() => void confirm()}
      color="orange.9"
      pending={write.pending}
      error={write.error}
      errorContext={t('cleanup.failed')}
      size="lg"
    >
      <Text size="sm">{t('cleanup.why', { name: row?.backupName ?? '' })}</Text>
      <Text size="sm">{t('cleanup.what')}</Text>
      <Text size="sm">{t('cleanup.then')}</Text>
    </ConfirmDialog>
  )
}
