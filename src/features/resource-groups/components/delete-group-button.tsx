import { useState } from 'react'
import { Alert, Button, List, Text, TextInput } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { useDeleteResourceGroup } from '../../../api/resources'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ConfirmDialog } from '../../../components/confirm/confirm-dialog'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
import { routes } from '../../../lib/routes'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'

/**
 * Delete, with the group's name typed to confirm: SCV force-deletes the group with all its backups and
 * snapshots. The operation is inferred; when the appliance says it does not offer it, the action is hidden
 * for the rest of the session.
 */
export function DeleteGroupButton({ group }: { group: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  const navigate = useNavigate()
  const unsupported = useOperationUnsupported('deleteResourceGroup')
  const remove = useDeleteResourceGroup()
  const write = useApplianceWrite()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  if (unsupported) return null
  const matches = typed === group.name

  const confirm = async () => {
    if (!matches) return
    const done = await write.run({
      operation: 'deleteResourceGroup',
      send: async () => {
        await remove.mutateAsync({ params: { path: { resouceGroupId: group.id } } })
        return { title: t('delete.done', { name: group.name }), message: t('delete.doneDetail') }
      },
      onNotSupported: () => setOpen(false),
      notSupportedNotice: {
        color: 'yellow',
        title: t('delete.notSupportedTitle'),
        message: t('delete.notSupported'),
      },
    })
    if (done) {
      setOpen(false)
      navigate(routes.resourceGroups.list.href())
    }
  }

  return (
    <>
      <Button
        color="red"
        variant="outline"
        leftSection={<IconTrash size={14} aria-hidden />}
        onClick={() => {
          setTyped('')
          write.reset()
          setOpen(true)
        }}
      >
        {t('delete.button')}
      </Button>
      <ConfirmDialog
        opened={open}
        onClose={() => setOpen(false)}
        title={t('delete.title', { name: group.name })}
        confirmLabel={t('delete.confirm')}
        onConfirm={() => void confirm()}
        confirmDisabled={!matches}
        pending={write.pending}
        error={write.error}
        errorContext={t('delete.failed', { name: group.name })}
      >
        <Alert color="red" variant="light" title={t('delete.warningTitle')}>
          <List size="sm" spacing={4}>
            <List.Item>{t('delete.loses', { name: group.name })}</List.Item>
            <List.Item>{t('delete.policies')}</List.Item>
            <List.Item>{t('delete.notRemoved')}</List.Item>
            <List.Item>{t('delete.snapVault')}</List.Item>
          </List>
        </Alert>
        <Text size="sm">{t('delete.inferred')}</Text>
        <InferredOperationNote call="DELETE /4.1/resource-groups/{resouceGroupId}" />
        <TextInput
          label={t('delete.typeName', { name: group.name })}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
      </ConfirmDialog>
    </>
  )
}
