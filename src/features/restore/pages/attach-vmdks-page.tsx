import { RecoveryWizardPage } from '../components/recovery-wizard-page'
import { AttachVmdksWizard } from '../attach-vmdks-wizard/attach-vmdks-wizard'

/** `/restore/attach-vmdks`: the attach wizard, then the job it started. */
export function AttachVmdksPage() {
  return (
    <RecoveryWizardPage wizard="attach">
      {(onDone) => <AttachVmdksWizard onDone={onDone} />}
    </RecoveryWizardPage>
  )
}
