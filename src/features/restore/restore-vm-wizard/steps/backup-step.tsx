import { useQuery } from '@tanstack/react-query'
import { BackupChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../../api/resources'
import { afterBackup, type RestoreVmValues } from '../form'

/** Step 2: the backup (W6 step 2), in the backups browser's table, newest first. */
export function BackupStep({ wizard }: { wizard: WizardForm<RestoreVmValues> }) {
  const text = useMessageText()
  const { form } = wizard
  const vm = form.values.vm
  const query = useQuery({ ...vmBackupQueries.list(vm?.moref ?? ''), enabled: vm !== null })
  if (!vm) return null
  return (
    <BackupChooser
      query={query}
      subject={vm.name}
      value={form.values.backup}
      onChange={(backup) => {
        // Another backup may have other snapshot locations, and decides whether the VM may restart.
        const same = backup.backupId === form.values.backup?.backupId
        form.setValues({ backup, ...(same ? {} : afterBackup) })
        form.clearFieldError('backup')
      }}
      error={text(form.errors.backup)}
    />
  )
}
