import { Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { resourceGroupQueries } from '../../../api/resources'
import { ResourceGroupWizard } from '../wizard/resource-group-wizard'

/** `/resource-groups/new`: the create wizard (W3). */
export function CreateResourceGroupPage() {
  const { t } = useTranslation('resource-groups')
  return (
    <Stack>
      <PageHeader
        title={t('wizard.createTitle')}
        description={t('wizard.createDescription')}
        crumbs={[
          { label: t('list.title'), to: routes.resourceGroups.list.href() },
          { label: t('wizard.createTitle') },
        ]}
      />
      <ResourceGroupWizard />
    </Stack>
  )
}

/** `/resource-groups/:id/edit`: the same wizard on an existing group (W4: read the group, then PUT it whole). */
export function EditResourceGroupPage() {
  const { t } = useTranslation('resource-groups')
  const id = Number(useParams().id)
  const groups = useQuery(resourceGroupQueries.list())
  const group = groups.data?.response.resourceGroupResponseList.find((candidate) => candidate.id === id)
  return (
    <Stack>
      <PageHeader
        title={t('wizard.editTitle', { name: group?.name ?? id })}
        crumbs={[
          { label: t('list.title'), to: routes.resourceGroups.list.href() },
          { label: group?.name ?? String(id), to: routes.resourceGroups.detail.href(id) },
          { label: t('common:actions.edit') },
        ]}
      />
      <QueryState query={groups} errorContext={t('detail.loadFailed')}>
        {() =>
          group ? (
            <ResourceGroupWizard key={group.id} group={group} />
          ) : (
            <Text>{t('detail.notFound', { id })}</Text>
          )
        }
      </QueryState>
    </Stack>
  )
}
