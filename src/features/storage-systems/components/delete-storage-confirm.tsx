import { useState } from 'react'
import { Button, Group, List, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { toApiError, type ApiError } from '../../../api'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
import { markOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { useSendGuard } from '../../../lib/forms/use-send-guard'
import { useDeleteStorageSystem } from '../api/mutations'
import { implicitSvmsOf, isCluster, type StorageSystem } from '../model/storage-rows'

interface DeleteStorageConfirmProps {
  system: StorageSystem
  /** Every listed storage system, to name the implicit SVMs that go with a cluster. */
  allSystems: StorageSystem[]
  onDone: () => void
  onCancel: () => void
}

/**
 * Confirms removing a storage system and says exactly what goes (a cluster takes its implicit SVMs along),
 * what stops (protection of what lives on it) and what must happen first (unmount backups).
 */
export function DeleteStorageConfirm({ system, allSystems, onDone, onCancel }: DeleteStorageConfirmProps) {
  const { t } = useTranslation('storage-systems')
  const remove = useDeleteStorageSystem()
  const [error, setError] = useState<ApiError | null>(null)
  const guard = useSendGuard()
  const cluster = isCluster(system)
  const implicitSvms = cluster ? implicitSvmsOf(system, allSystems) : []

  async function handleConfirm() {
    // The button is disabled while pending; the guard also catches a click that lands before that re-render.
    if (!guard.start()) return
    let done = false
    setError(null)
    try {
      await remove.mutateAsync({ body: { name: system.name } })
      notifications.show({
        closeButtonProps: { 'aria-label': t('common:actions.close') },
        color: 'green',
        message: t('delete.done', { name: system.name }),
      })
      done = true
      onDone()
    } catch (caught) {
      const apiError = toApiError(caught)
      if (apiError.kind === 'not-supported') {
        // Hide the action for the session and tell the user why it vanished.
        markOperationUnsupported('deleteStorageSystem')
        notifications.show({
          closeButtonProps: { 'aria-label': t('common:actions.close') },
          color: 'orange',
          title: t('notSupported.title'),
          message: t('notSupported.body'),
        })
        onCancel()
        return
      }
      setError(apiError)
    } finally {
      // After a success the dialog closes with the guard still up; after anything else it comes down again.
      if (!done) guard.failed()
    }
  }

  return (
    <Stack gap="sm">
      {cluster ? (
        <>
          <Text size="sm">{t('delete.clusterBody', { name: system.name })}</Text>
          {implicitSvms.length > 0 ? (
            <List size="sm" withPadding aria-label={t('delete.clusterBody', { name: system.name })}>
              {implicitSvms.map((svm) => (
                <List.Item key={svm.name}>{svm.name}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('delete.noImplicit')}
            </Text>
          )}
        </>
      ) : (
        <Text size="sm">{t('delete.svmBody', { name: system.name })}</Text>
      )}
      <Text size="sm">{t('delete.stopsProtecting')}</Text>
      <Text size="sm" fw={500}>
        {t('delete.unmountFirst')}
      </Text>
      {error && <ApiErrorAlert error={error} context={t('delete.error')} />}
      <InferredOperationNote call="DELETE /4.1/storage-system" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={remove.isPending} data-autofocus>
          {t('common:actions.cancel')}
        </Button>
        <Button
          color="red"
          onClick={() => void handleConfirm()}
          loading={remove.isPending}
          disabled={remove.isPending}
        >
          {t('delete.confirm')}
        </Button>
      </Group>
    </Stack>
  )
}
