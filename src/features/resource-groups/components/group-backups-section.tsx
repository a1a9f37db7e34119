import { Stack, Table, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { QueryState } from '../../../components/query-state/query-state'
import { datastoreBackupQueries, vmBackupQueries } from '../../../api/resources'
import { BackupStatusBadge } from '../../../components/status-badge'
import { ApplianceTime } from './appliance-time'
import { ScrollBox } from './scroll-box'

const RECENT_BACKUPS = 10

/**
 * Recent backups of the group. SCV lists backups per VM or per datastore, not per group; every backup of a
 * group covers all its members, so the first member's list, kept to this group's backups, shows them.
 */
export function GroupBackupsSection({ group }: { group: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  const member = group.entities?.[0]
  const isDatastore = member?.type.toUpperCase() === 'DATASTORE'
  // Two hooks, one enabled: the VM and datastore lists are different calls with different keys.
  const vmBackups = useQuery({
    ...vmBackupQueries.list(member?.moref ?? '', { freshness: 'default' }),
    enabled: member !== undefined && !isDatastore,
  })
  const datastoreBackups = useQuery({
    ...datastoreBackupQueries.list(member?.moref ?? '', { freshness: 'default' }),
    enabled: member !== undefined && isDatastore,
  })
  const backups = isDatastore ? datastoreBackups : vmBackups
  if (!member) return <Text c="dimmed">{t('detail.backups.noMembers')}</Text>
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('detail.backups.source', { name: member.name || member.moref })}
      </Text>
      <QueryState
        query={backups}
        errorContext={t('detail.backups.loadFailed')}
        isEmpty={(data) =>
          data.response.backupResponseList.every(
            (backup) => (backup.resourceGroupId ?? group.id) !== group.id,
          )
        }
        empty={t('detail.backups.none')}
      >
        {(data) => {
          const recent = data.response.backupResponseList
            .filter((backup) => (backup.resourceGroupId ?? group.id) === group.id)
            .sort((a, b) => Date.parse(b.createdTime) - Date.parse(a.createdTime))
            .slice(0, RECENT_BACKUPS)
          return (
            <ScrollBox label={t('detail.backups.title')} minWidth={560}>
              <Table aria-label={t('detail.backups.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('detail.backups.name')}</Table.Th>
                    <Table.Th>{t('detail.backups.created')}</Table.Th>
                    <Table.Th>{t('detail.backups.policy')}</Table.Th>
                    <Table.Th>{t('detail.backups.status')}</Table.Th>
                    <Table.Th>{t('detail.backups.location')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {recent.map((backup) => (
                    <Table.Tr key={backup.backupId}>
                      <Table.Td>
                        <Text size="sm" style={{ wordBreak: 'break-all' }}>
                          {backup.backupName}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <ApplianceTime iso={backup.createdTime} />
                      </Table.Td>
                      <Table.Td>{backup.policyName ?? '—'}</Table.Td>
                      <Table.Td>
                        <BackupStatusBadge status={backup.status} />
                      </Table.Td>
                      <Table.Td>
                        {backup.locations
                          ? t(`location.${backup.locations}`, { defaultValue: backup.locations })
                          : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollBox>
          )
        }}
      </QueryState>
    </Stack>
  )
}
