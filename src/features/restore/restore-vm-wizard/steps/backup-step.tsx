import { useEffect, useMemo, useState } from 'react'
import { Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../../../api'
import { QueryState } from '../../../../components/query-state/query-state'
import {
  applianceZoneOf,
  BackupFilterBar,
  BackupTable,
  filterBackups,
  NO_BACKUP_FILTERS,
  type BackupFilters,
} from '../../../../components/backup-table'
import { vmBackupQueries } from '../../../../api/resources'
import type { RestoreVmValues } from '../form'

interface BackupStepProps {
  form: UseFormReturnType<RestoreVmValues>
  moref: string
  vmName: string
  /** A backup chosen before the wizard opened (from the backups browser). */
  preselectedBackupId: number | null
}

/** Step 2: the backup (W6 step 2), in the backups browser's table, newest first; failed backups cannot be chosen. */
export function BackupStep({ form, moref, vmName, preselectedBackupId }: BackupStepProps) {
  const { t } = useTranslation('restore')
  const query = useQuery(vmBackupQueries.list(moref))
  const [filters, setFilters] = useState<BackupFilters>(NO_BACKUP_FILTERS)
  const [page, setPage] = useState(1)
  const all = query.data?.response.backupResponseList
  const usable = useMemo(() => (all ?? []).filter((backup) => backup.status !== 'FAILED'), [all])
  const shown = useMemo(() => filterBackups(usable, filters), [usable, filters])
  const chosen = form.values.backup

  const choose = (backup: Backup) => {
    const partial = backup.partial ?? false
    form.setValues({
      backup: {
        backupId: backup.backupId,
        backupName: backup.backupName,
        createdTime: backup.createdTime,
        partial,
      },
      // Another backup may have other snapshot locations.
      ...(chosen?.backupId !== backup.backupId ? { locationType: null, locations: [] } : {}),
      ...(partial ? { restartVM: false } : {}),
    })
    form.clearFieldError('backup')
  }

  useEffect(() => {
    if (chosen || preselectedBackupId === null || !all) return
    const preselected = usable.find((backup) => backup.backupId === preselectedBackupId)
    if (preselected) choose(preselected)
    // choose is stable enough: it only reads the form, which this effect must not re-run for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [all, preselectedBackupId])

  const error = form.errors.backup
  return (
    <Stack>
      <Text size="sm">{t('backup.intro', { name: vmName })}</Text>
      <QueryState
        query={query}
        errorContext={t('backup.loadFailed', { name: vmName })}
        isEmpty={() => usable.length === 0}
        empty={t('backup.none', { name: vmName })}
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
            {typeof error === 'string' && (
              <Text c="red" size="sm" role="alert">
                {t(error)}
              </Text>
            )}
            <BackupTable
              label={t('backup.tableLabel', { name: vmName })}
              backups={shown}
              page={page}
              onPageChange={setPage}
              selection={{ selectedId: chosen?.backupId ?? null, onSelect: choose, name: 'restore-backup' }}
            />
            {chosen?.partial && <Text size="sm">{t('backup.partialNote')}</Text>}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
