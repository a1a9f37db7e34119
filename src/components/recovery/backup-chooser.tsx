import { useMemo, useState, type ReactNode } from 'react'
import { Stack, Text } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { BackupListResponse } from '../../api'
import {
  applianceZoneOf,
  BackupFilterBar,
  BackupTable,
  filterBackups,
  NO_BACKUP_FILTERS,
  sortNewestFirst,
  type BackupFilters,
} from '../backup-table'
import { QueryState } from '../query-state/query-state'
import { toChosenBackup, type ChosenBackup } from './chosen-backup'
import { unusableReason } from './default-choices'

interface BackupChooserProps {
  /** The backups of the VM or datastore (`GET /4.1/vm/{moref}/backups` or the datastore's). */
  query: UseQueryResult<BackupListResponse, unknown>
  /** The VM's or datastore's name, for the texts. */
  subject: string
  value: ChosenBackup | null
  onChange: (backup: ChosenBackup) => void
  /** A validation message, already text. */
  error?: ReactNode
}

/**
 * Choose one backup, in the backups browser's table with its filters, newest first. Backups that cannot be
 * restored (failed, still running) are not offered.
 */
export function BackupChooser({ query, subject, value, onChange, error }: BackupChooserProps) {
  const { t } = useTranslation('recovery')
  const [filters, setFilters] = useState<BackupFilters>(NO_BACKUP_FILTERS)
  const [page, setPage] = useState(1)
  const all = query.data?.response.backupResponseList
  const usable = useMemo(
    () => sortNewestFirst((all ?? []).filter((backup) => unusableReason(backup) === null)),
    [all],
  )
  const shown = useMemo(() => filterBackups(usable, filters), [usable, filters])
  return (
    <Stack>
      <Text size="sm">{t('backup.intro', { name: subject })}</Text>
      <QueryState
        query={query}
        errorContext={t('backup.loadFailed', { name: subject })}
        isEmpty={() => usable.length === 0}
        empty={t('backup.none', { name: subject })}
      >
        {() => (
          <Stack gap="sm">
            <BackupFilterBar
              filters={filters}
              onChange={(next) => {
                setFilters(next)
                setPage(1)
              }}
              zone={applianceZoneOf(shown)}
            />
            {error && (
              <Text c="red" size="sm" role="alert">
                {error}
              </Text>
            )}
            <BackupTable
              label={t('backup.tableLabel', { name: subject })}
              backups={shown}
              page={page}
              onPageChange={setPage}
              selection={{
                selectedId: value?.backupId ?? null,
                onSelect: (backup) => onChange(toChosenBackup(backup)),
                name: 'recovery-backup',
              }}
            />
            {value?.partial && <Text size="sm">{t('backup.partialNote')}</Text>}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
