import { useState } from 'react'
import { Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Backup, ResourceGroup } from '../../../api'
import { datastoreBackupQueries, vmBackupQueries } from '../../../api/resources'
import { BackupTable, sortNewestFirst } from '../../../components/backup-table'
import { QueryState } from '../../../components/query-state/query-state'

/**
 * The group's backups, newest first. SCV lists backups per VM or per datastore, not per group; every backup of
 * a group covers all its members, so the first member's list, kept to this group's backups, shows them.
 */
export function GroupBackupsSection({ group }: { group: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  const [page, setPage] = useState(1)
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
  // A member's list holds the backups of every group it is in.
  const ofGroup = (list: readonly Backup[]) =>
    list.filter((backup) => (backup.resourceGroupId ?? group.id) === group.id)
  if (!member) return <Text c="dimmed">{t('detail.backups.noMembers')}</Text>
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('detail.backups.source', { name: member.name || member.moref })}
      </Text>
      <QueryState
        query={backups}
        errorContext={t('detail.backups.loadFailed')}
        isEmpty={(data) => ofGroup(data.response.backupResponseList).length === 0}
        empty={t('detail.backups.none')}
      >
        {(data) => (
          <BackupTable
            label={t('detail.backups.title')}
            backups={sortNewestFirst(ofGroup(data.response.backupResponseList))}
            page={page}
            onPageChange={setPage}
          />
        )}
      </QueryState>
    </Stack>
  )
}
