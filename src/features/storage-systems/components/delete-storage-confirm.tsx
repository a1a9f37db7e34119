import { List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ConfirmDialog } from '../../../components/confirm/confirm-dialog'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
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
 * Confirms removing a storage system (rendered while the page asks for it) and says exactly what goes (a cluster takes its implicit SVMs along),
 * what stops (protection of what lives on it) and what must happen first (unmount backups).
 */
export function DeleteStorageConfirm({ system, allSystems, onDone, onCancel }: DeleteStorageConfirmProps) {
  const { t } = useTranslation('storage-systems')
  const remove = useDeleteStorageSystem()
  const write = useApplianceWrite()
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
    <ConfirmDialog
      opened
      onClose={onCancel}
      title={t('delete.title', { name: system.name })}
      confirmLabel={t('delete.confirm')}
      onConfirm={() => void handleConfirm()}
      pending={write.pending}
      error={write.error}
      errorContext={t('delete.error')}
    >
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
      <InferredOperationNote call="DELETE /4.1/storage-system" />
    </ConfirmDialog>
  )
}
