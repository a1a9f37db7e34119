import { RecoveryWizardPage } from '../components/recovery-wizard-page'
import { RestoreVmdksWizard } from '../restore-vmdks-wizard/restore-vmdks-wizard'

/** `/restore/vmdks`: the VMDK restore wizard, then the job it started. */
export function RestoreVmdksPage() {
  return (
    <RecoveryWizardPage wizard="vmdks">
      {(onDone) => <RestoreVmdksWizard onDone={onDone} />}
    </RecoveryWizardPage>
  )
}
