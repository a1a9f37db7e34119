import { RecoveryWizardPage } from '../components/recovery-wizard-page'
import { RestoreDeletedVmWizard } from '../restore-deleted-vm-wizard/restore-deleted-vm-wizard'

/** `/restore/deleted-vm`: restore a VM vCenter no longer has, then the job it started. */
export function RestoreDeletedVmPage() {
  return (
    <RecoveryWizardPage wizard="deleted">
      {(onDone) => <RestoreDeletedVmWizard onDone={onDone} />}
    </RecoveryWizardPage>
  )
}
