import { useRef, useState } from 'react'
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toApiError } from '../../../api'
import type { ResourceGroup } from '../../../api'
import { routes } from '../../../lib/routes'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { useDeleteResourceGroup } from '../../../api/resources'
import {
  markOperationUnsupported,
  useOperationUnsupported,
} from '../../../lib/appliance/unsupported-operations'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'

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
  const sending = useRef(false)
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<unknown>(null)
  if (unsupported) return null
  const matches = typed === group.name

  const confirm = async () => {
    if (sending.current || !matches) return
    sending.current = true
    setError(null)
    try {
      await remove.mutateAsync({ params: { path: { resouceGroupId: group.id } } })
      setOpen(false)
      notifications.show({
        closeButtonProps: { 'aria-label': t('common:actions.close') },
        color: 'green',
        title: t('delete.done', { name: group.name }),
        message: t('delete.doneDetail'),
      })
      navigate(routes.resourceGroups.list.href())
    } catch (caught) {
      if (toApiError(caught).kind === 'not-supported') {
        setOpen(false)
        markOperationUnsupported('deleteResourceGroup')
        notifications.show({
          closeButtonProps: { 'aria-label': t('common:actions.close') },
          color: 'yellow',
          title: t('delete.notSupportedTitle'),
          message: t('delete.notSupported'),
        })
      } else setError(caught)
    } finally {
      sending.current = false
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
          setError(null)
          setOpen(true)
        }}
      >
        {t('delete.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        title={t('delete.title', { name: group.name })}
      >
        <Stack>
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
          {error !== null && (
            <ApiErrorAlert error={error} context={t('delete.failed', { name: group.name })} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => void confirm()}
              disabled={!matches || remove.isPending}
              loading={remove.isPending}
            >
              {t('delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
