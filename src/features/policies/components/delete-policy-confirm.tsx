import { useState } from 'react'
import { Alert, Group, List, Loader, Text } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ConfirmDialog } from '../../../components/confirm/confirm-dialog'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
import { resourceGroupQueries, useDeletePolicy } from '../../../api/resources'
import type { Policy } from '../model/policy-form'
import { groupsUsingPolicy } from '../model/policy-list'

interface DeletePolicyConfirmProps {
  policy: Policy
  onDone: () => void
  onCancel: () => void
}

/**
 * Confirms deleting a policy. SCV refuses while a resource group uses it, so the groups are read fresh
 * first and named; the delete is offered only when none is left, and checked once more before it is sent.
 */
export function DeletePolicyConfirm({ policy, onDone, onCancel }: DeletePolicyConfirmProps) {
  const { t } = useTranslation('policies')
  const queryClient = useQueryClient()
  // Always read the groups again: a group may have been given this policy since the list was loaded.
  const groupsOptions = resourceGroupQueries.list({ freshness: 'now' })
  const groups = useQuery(groupsOptions)
  const remove = useDeletePolicy()
  const write = useApplianceWrite()
  const [usedBy, setUsedBy] = useState<string[] | null>(null)
  const users = usedBy ?? groupsUsingPolicy(policy.id, groups.data?.response.resourceGroupResponseList ?? [])

  async function handleConfirm() {
    const done = await write.run({
      operation: 'deletePolicy',
      send: async () => {
        const fresh = await queryClient.fetchQuery(groupsOptions).catch(() => undefined)
        const inUse = groupsUsingPolicy(policy.id, fresh?.response.resourceGroupResponseList ?? [])
        if (inUse.length > 0) {
          setUsedBy(inUse)
          return null
        }
        await remove.mutateAsync({ params: { path: { id: policy.id } } })
        return t('delete.done', { name: policy.name })
      },
      onNotSupported: onCancel,
    })
    if (done) onDone()
  }

  const inUse = users.length > 0
  return (
    <ConfirmDialog
      opened
      onClose={onCancel}
      title={t('delete.title', { name: policy.name })}
      confirmLabel={t('delete.confirm')}
      onConfirm={() => void handleConfirm()}
      canConfirm={!inUse}
      confirmDisabled={groups.isPending}
      pending={write.pending}
      error={write.error}
      errorContext={t('delete.refused')}
    >
      {groups.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('delete.checking')}</Text>
        </Group>
      ) : inUse ? (
        <Alert color="orange" variant="light" role="alert">
          <Text size="sm">{t('delete.inUse', { name: policy.name, count: users.length })}</Text>
          <List size="sm" mt={4} withPadding>
            {users.map((name) => (
              <List.Item key={name}>{name}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <>
          {groups.error ? (
            <ApiErrorAlert
              error={groups.error}
              context={t('delete.checkFailed')}
              onRetry={() => void groups.refetch()}
            />
          ) : null}
          <Text size="sm">{t('delete.body', { name: policy.name })}</Text>
        </>
      )}
      <InferredOperationNote call="DELETE /4.1/policies/{id}" />
    </ConfirmDialog>
  )
}
