import { useState } from 'react'
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import type { InventoryItem } from '../../../components/inventory-picker'
import { resourceGroupQueries, useUpdateResourceGroup } from '../../../api/resources'
import { groupBodyWithVm } from '../restore-vm-wizard/group-body'

/**
 * SCV does not put a restored VM back in its resource groups (docs/scv-api.md §4). One click per group adds it back
 * with W4: the group is read fresh and sent whole with `PUT /4.1/resource-groups/{id}`, plus the VM.
 */
export function ReaddGroupsCard({
  vm,
  groups,
}: {
  vm: InventoryItem
  groups: Array<{ id: number; name: string }>
}) {
  const { t } = useTranslation('restore')
  const queryClient = useQueryClient()
  const update = useUpdateResourceGroup()
  const [done, setDone] = useState<number[]>([])
  const [pendingId, setPendingId] = useState<number | null>(null)
  const [failedId, setFailedId] = useState<number | null>(null)
  // One write at a time; after a success the next group's button works at once (this one became a badge).
  const write = useApplianceWrite({ rearmAfterSuccessMs: 0 })

  const readd = (id: number) =>
    write.run({
      operation: 'updateResourceGroup',
      send: async () => {
        setPendingId(id)
        setFailedId(null)
        try {
          const list = await queryClient.fetchQuery(resourceGroupQueries.list({ freshness: 'now' }))
          const group = list.response.resourceGroupResponseList.find((candidate) => candidate.id === id)
          if (!group) throw new Error(t('readd.gone'))
          await update.mutateAsync({
            params: { path: { resouceGroupId: id } },
            body: groupBodyWithVm(group, vm.moref),
          })
          setDone((previous) => [...previous, id])
          return t('readd.added', { vm: vm.name, group: group.name })
        } finally {
          setPendingId(null)
        }
      },
      onError: () => setFailedId(id),
    })

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4">
            {t('readd.title')}
          </Title>
          <Badge color="orange" variant="dot">
            {t('readd.followUp')}
          </Badge>
        </Group>
        <Text size="sm">{t('readd.explain', { name: vm.name })}</Text>
        {groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('readd.none', { name: vm.name })}
          </Text>
        ) : (
          <Stack gap="xs">
            {groups.map((group) => (
              <Stack gap={4} key={group.id}>
                <Group justify="space-between">
                  <Text size="sm" fw={500}>
                    {group.name}
                  </Text>
                  {done.includes(group.id) ? (
                    <Badge color="green" variant="dot">
                      {t('readd.doneBadge')}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="default"
                      loading={pendingId === group.id}
                      disabled={pendingId !== null}
                      onClick={() => void readd(group.id)}
                    >
                      {t('readd.button', { group: group.name })}
                    </Button>
                  )}
                </Group>
                {failedId === group.id && write.error && (
                  <ApiErrorAlert
                    error={write.error}
                    context={t('readd.failed', { group: group.name })}
                    onRetry={() => void readd(group.id)}
                  />
                )}
              </Stack>
            ))}
            <Text size="xs" c="dimmed">
              {t('readd.how')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
