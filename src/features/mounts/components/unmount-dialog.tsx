import { useState } from 'react'
import { Checkbox, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useUnmountDatastores } from '../../../api/resources'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ConfirmDialog } from '../../../components/confirm/confirm-dialog'
import type { MountedRow } from '../model/mount-rows'

interface UnmountDialogProps {
  /** The datastores to unmount; the dialog is open while there are any. */
  rows: MountedRow[]
  onClose: () => void
  onDone: () => void
}

/**
 * W12 step 2 for one or several mounted datastores: names them, says what is lost, and sends one
 * `POST /4.1/datastores/unmount` with their morefs once the user ticks the confirmation.
 */
export function UnmountDialog({ rows, onClose, onDone }: UnmountDialogProps) {
  const { t } = useTranslation('mounts')
  const [ticked, setTicked] = useState(false)
  const unmount = useUnmountDatastores()
  const write = useApplianceWrite()
  const close = () => {
    write.reset()
    setTicked(false)
    onClose()
  }
  const confirm = async () => {
    const done = await write.run({
      operation: 'unmountDatastores',
      send: async () => {
        const reply = await unmount.mutateAsync({ body: { datastoreMorefs: rows.map((row) => row.moref) } })
        const jobId = reply?.response?.jobId
        return {
          title: t('unmount.startedTitle', { count: rows.length }),
          message: jobId ? t('unmount.startedJob', { id: jobId }) : t('unmount.started'),
        }
      },
    })
    if (done) {
      setTicked(false)
      onDone()
    }
  }
  return (
    <ConfirmDialog
      opened={rows.length > 0}
      onClose={close}
      title={t('unmount.title', { count: rows.length })}
      confirmLabel={t('unmount.confirm', { count: rows.length })}
      onConfirm={() => void confirm()}
      confirmDisabled={!ticked}
      pending={write.pending}
      error={write.error}
      errorContext={t('unmount.failed')}
      size="lg"
    >
      <Text size="sm">{t('unmount.body', { count: rows.length })}</Text>
      <List size="sm" spacing={2} aria-label={t('unmount.listLabel')}>
        {rows.map((row) => (
          <List.Item key={row.moref}>
            {t('unmount.item', { name: row.name, host: row.host, backup: row.backupName })}
          </List.Item>
        ))}
      </List>
      <Text size="sm">{t('unmount.lost')}</Text>
      <Checkbox
        label={t('unmount.tick', { count: rows.length })}
        checked={ticked}
        onChange={(event) => setTicked(event.currentTarget.checked)}
      />
    </ConfirmDialog>
  )
}
