import { useQuery } from '@tanstack/react-query'
import { SnapshotLocationChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../../api/resources'
import type { RestoreVmValues } from '../form'

/** Step 3: restore from the primary or the secondary snapshot (W6 step 3, `snapshotLocationsList`). */
export function LocationStep({ wizard }: { wizard: WizardForm<RestoreVmValues> }) {
  const text = useMessageText()
  const { form } = wizard
  const backupId = form.values.backup?.backupId
  const query = useQuery({
    ...vmBackupQueries.snapshotLocations(backupId ?? 0),
    enabled: backupId !== undefined,
  })
  return (
    <SnapshotLocationChooser
      query={query}
      value={form.values.locationType}
      onChange={(locationType, locations) => {
        form.setValues({ locationType, locations })
        form.clearFieldError('locationType')
      }}
      error={text(form.errors.locationType)}
    />
  )
}
