import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { formatApplianceTime } from '../../../lib/format/date-time'
import { formatNumber } from '../../../lib/format/number'
import { routes } from '../../../lib/routes'
import {
  policyQueries,
  reportQueries,
  resourceGroupQueries,
  storageSystemQueries,
} from '../../../api/resources'
import { StatTile } from '../components/stat-tile'

const UNPROTECTED_SHOWN = 10

/**
 * The first page after sign-in: how much is configured and what is not protected. Each tile loads on its
 * own, so one failing endpoint leaves the rest readable.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard')
  const resourceGroups = useQuery(resourceGroupQueries.list())
  const policies = useQuery(policyQueries.list())
  const storageSystems = useQuery(storageSystemQueries.list())
  const protectedVms = useQuery(reportQueries.protectedVms())
  const unprotectedVms = useQuery(reportQueries.unprotectedVms())

  return (
    <Stack>
      <PageHeader title={t('title')} description={t('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <QueryState query={resourceGroups} errorContext={t('errors.resourceGroups')}>
          {(data) => {
            const groups = data.response.resourceGroupResponseList
            const suspended = groups.filter((group) => group.status === 'UNDER_MAINTENANCE').length
            const failed = groups.filter((group) => group.lastRunStatus === 'FAILED').length
            return (
              <StatTile
                label={t('tiles.resourceGroups')}
                value={formatNumber(groups.length)}
                detail={t('tiles.resourceGroupsDetail', { suspended, failed })}
                to={routes.resourceGroups.list.href()}
                linkLabel={t('tiles.open')}
              />
            )
          }}
        </QueryState>
        <QueryState query={policies} errorContext={t('errors.policies')}>
          {(data) => (
            <StatTile
              label={t('tiles.policies')}
              value={formatNumber(data.response.policyResponseList.length)}
              to={routes.policies.list.href()}
              linkLabel={t('tiles.open')}
            />
          )}
        </QueryState>
        <QueryState query={storageSystems} errorContext={t('errors.storageSystems')}>
          {(data) => {
            const systems = data.response.storageSystemResponseList
            const clusters = systems.filter((system) => system.type === 'ONTAP_CLUSTER').length
            return (
              <StatTile
                label={t('tiles.storageSystems')}
                value={formatNumber(systems.length)}
                detail={t('tiles.storageSystemsDetail', { clusters, svms: systems.length - clusters })}
                to={routes.storageSystems.list.href()}
                linkLabel={t('tiles.open')}
              />
            )
          }}
        </QueryState>
        <QueryState query={protectedVms} errorContext={t('errors.protectedVms')}>
          {(data) => (
            <StatTile
              label={t('tiles.protectedVms')}
              value={formatNumber(data.response.protectedVmResponseList.length)}
              detail={t('tiles.protectedVmsDetail')}
            />
          )}
        </QueryState>
      </SimpleGrid>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="unprotected-title">
        <Title order={2} size="h4" id="unprotected-title" mb="xs">
          {t('unprotected.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('unprotected.description')}
        </Text>
        <QueryState
          query={unprotectedVms}
          errorContext={t('errors.unprotectedVms')}
          isEmpty={(data) => data.response.unprotectedVmResponseList.length === 0}
          empty={t('unprotected.empty')}
        >
          {(data) => {
            const vms = data.response.unprotectedVmResponseList
            return (
              <>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('unprotected.name')}</Table.Th>
                      <Table.Th>{t('unprotected.moref')}</Table.Th>
                      <Table.Th>{t('unprotected.lastBackup')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {vms.slice(0, UNPROTECTED_SHOWN).map((vm) => (
                      <Table.Tr key={vm.moref}>
                        <Table.Td>{vm.name}</Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace">
                            {vm.moref}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {vm.lastBackupTime
                            ? formatApplianceTime(vm.lastBackupTime)
                            : t('unprotected.never')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {vms.length > UNPROTECTED_SHOWN && (
                  <Text size="sm" c="dimmed" mt="xs">
                    {t('unprotected.more', { count: vms.length - UNPROTECTED_SHOWN })}
                  </Text>
                )}
              </>
            )
          }}
        </QueryState>
      </Paper>
    </Stack>
  )
}
