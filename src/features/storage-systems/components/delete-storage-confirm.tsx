import { Button, Group, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
import { useApplianceWrite } from '../../../lib/forms/use-appliance-write'
import { useDeleteStorageSystem } from '../../../api/resources'
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
  const write = useApplianceWrite()
  const error = write.error
  const cluster = isCluster(system)
  const implicitSvms = cluster ? implicitSvmsOf(system, allSystems) : []

  async function handleConfirm() {
    const done = await write.run({
      operation: 'deleteStorageSystem',
      send: async () => {
        await remove.mutateAsync({ body: { name: system.name } })
        return t('delete.done', { name: system.name })
      },
      onNotSupported: onCancel,
    })
    if (done) onDone()
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
