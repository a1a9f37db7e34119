import { Alert, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { datastoreBackupQueries } from '../../../../api/resources'
import { BackupChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { afterBackup, type MountValues } from '../form'

/**
 * Step 2: the backup (W11 step 2), in the shared backup table with its Mounted column. A backup already
 * mounted can be mounted again — SCV clones it once more — and the step says so.
 */
export function BackupStep({ wizard }: { wizard: WizardForm<MountValues> }) {
  const { t } = useTranslation('mounts')
  const text = useMessageText()
  const { form } = wizard
  const datastore = form.values.datastore
  const query = useQuery({
    ...datastoreBackupQueries.list(datastore?.moref ?? ''),
    enabled: datastore !== null,
  })
  if (!datastore) return null
  const chosen = form.values.backup
  const listed = query.data?.response.backupResponseList.find((b) => b.backupId === chosen?.backupId)
  return (
    <Stack>
      <BackupChooser
        query={query}
        subject={datastore.name}
        value={chosen}
        onChange={(backup) => {
          const same = backup.backupId === chosen?.backupId
          form.setValues({ backup, ...(same ? {} : afterBackup) })
          form.clearFieldError('backup')
        }}
        error={text(form.errors.backup)}
      />
      {listed?.mounted && (
        <Alert color="blue" variant="default" role="note" title={t('backup.mountedTitle')}>
          {t('backup.mountedAgain', { name: listed.backupName })}
        </Alert>
      )}
    </Stack>
  )
}
