import { useMemo } from 'react'
import { Link } from 'react-router'
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../../api'
import { routes } from '../../../lib/routes'
import { QueryState } from '../../../components/query-state/query-state'
import {
  applianceZoneOf,
  backupFilterFields,
  BackupFilterBar,
  BackupTable,
  filterBackups,
  type BackupFilters,
} from '../../../components/backup-table'
import type { InventoryItem } from '../../../components/inventory-picker'
import { datastoreBackupQueries, vmBackupQueries } from '../../../api/resources'
import { idParam, pageParam, useListParams, type ParamFields } from '../../../lib/url/list-params'
import type { BrowsedKind } from '../model/browser-params'
import { BackupDetailDrawer } from './backup-detail-drawer'
import { canRestoreVm, recoveryLinksFor } from '../model/restore-rules'
import { BackupTimelineSection } from './backup-timeline-section'

interface BackupListState extends BackupFilters {
  page: number
  /** The backup whose detail is open (`?backup=`). */
  open: number | null
}

/** The list's filters, page and open backup, kept in the URL beside the object it shows. */
const backupListFields: ParamFields<BackupListState> = {
  ...backupFilterFields,
  page: pageParam(),
  open: idParam('backup'),
}

/** One object's backups: filters and page in the URL, newest first, and the detail of the one opened. */
export function BackupsSection({ kind, object }: { kind: BrowsedKind; object: InventoryItem }) {
  const { t } = useTranslation('backups')
  const [list, setList] = useListParams(backupListFields)
  const vmBackups = useQuery({ ...vmBackupQueries.list(object.moref), enabled: kind === 'vm' })
  const datastoreBackups = useQuery({
    ...datastoreBackupQueries.list(object.moref),
    enabled: kind === 'datastore',
  })
  const query = kind === 'vm' ? vmBackups : datastoreBackups

  const { page, open: openId, ...filters } = list
  const all = query.data?.response.backupResponseList
  const shown = useMemo(() => filterBackups(all ?? [], filters), [all, filters])
  const open = all?.find((backup) => backup.backupId === openId) ?? null

  // New filters start again at page 1; paging and opening a backup are steps the Back button retraces.
  const setFilters = (next: BackupFilters) => setList({ ...next, page: 1 })
  const setPage = (next: number) => setList({ page: next }, { replace: false })
  const openBackup = (backup: Backup | null) =>
    setList({ open: backup?.backupId ?? null }, { replace: false })

  // Each opens the restore wizard on its review, every default taken and changeable.
  const restoreLink = (backup: Backup) =>
    routes.restore.vm.href({ moref: object.moref, name: object.name, backupId: backup.backupId })
  const restoreNewestLink = routes.restore.vm.href({ moref: object.moref, name: object.name })
  const restorable = kind === 'vm' && !object.isTemplate

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('listTitle', { name: object.name })}
          </Title>
          {restorable && (query.data?.response.backupResponseList.length ?? 0) > 0 && (
            <Button component={Link} to={restoreNewestLink} size="xs">
              {t('restoreNewest', { name: object.name })}
            </Button>
          )}
        </Group>
        <QueryState
          query={query}
          errorContext={t('loadFailed', { name: object.name })}
          isEmpty={(data) => data.response.backupResponseList.length === 0}
          empty={t(`noBackups.${kind}`, { name: object.name })}
        >
          {(data) => (
            <Stack gap="sm">
              <BackupTimelineSection
                moref={object.moref}
                backups={data.response.backupResponseList}
                now={query.dataUpdatedAt}
                selectedId={openId}
                onSelect={openBackup}
              />
              <BackupFilterBar filters={filters} onChange={setFilters} zone={applianceZoneOf(shown)} />
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('count', { count: data.response.backupResponseList.length, shown: shown.length })}
              </Text>
              <BackupTable
                label={t('tableLabel', { name: object.name })}
                backups={shown}
                page={page}
                onPageChange={setPage}
                onOpen={openBackup}
                rowActions={
                  kind === 'vm'
                    ? (backup) =>
                        canRestoreVm(object, backup).ok ? (
                          <Button
                            component={Link}
                            to={restoreLink(backup)}
                            size="compact-xs"
                            variant="default"
                            aria-label={t('restoreFromAria', { vm: object.name, backup: backup.backupName })}
                          >
                            {t('restore')}
                          </Button>
                        ) : null
                    : undefined
                }
              />
            </Stack>
          )}
        </QueryState>
      </Stack>
      <BackupDetailDrawer
        kind={kind}
        object={object}
        backup={open}
        onClose={() => openBackup(null)}
        restoreLinks={
          kind === 'vm' && open && canRestoreVm(object, open).ok
            ? { thisBackup: restoreLink(open), newest: restoreNewestLink }
            : null
        }
        recoveryLinks={open ? recoveryLinksFor(kind, object, open, t) : []}
      />
    </Paper>
  )
}
