import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { SnapshotLocationListResponse } from '../../../../api'
import { datastoreBackupQueries } from '../../../../api/resources'
import { SnapshotLocationChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { locationsOfDatastore, type MountValues } from '../form'

/**
 * Step 3: mount the primary or the secondary snapshot (W11 step 3, `snapshotlocators`). Only the chosen
 * datastore's locations are offered: the mount sends one `datastore` and one `location`.
 */
export function LocationStep({ wizard }: { wizard: WizardForm<MountValues> }) {
  const { t } = useTranslation('mounts')
  const text = useMessageText()
  const { form } = wizard
  const { backup, datastore } = form.values
  const query = useQuery({
    ...datastoreBackupQueries.snapshotLocators(backup?.backupId ?? 0),
    enabled: backup !== null,
    select: (data): SnapshotLocationListResponse => ({
      ...data,
      response: {
        snapshotLocationsList: locationsOfDatastore(data.response.snapshotLocationsList, datastore),
      },
    }),
  })
  return (
    <SnapshotLocationChooser
      query={query}
      label={t('location.label')}
      value={form.values.locationType}
      onChange={(locationType, locations) => {
        form.setValues({ locationType, location: locations[0] ?? null })
        form.clearFieldError('locationType')
      }}
      error={text(form.errors.locationType)}
    />
  )
}
