import { RecoveryWizardPage } from '../components/recovery-wizard-page'
import { DetachVmdksFlow } from '../detach-vmdks/detach-vmdks-flow'

/** `/restore/detach-vmdks`: choose the VM, the attached disks, confirm, detach; then the job. */
export function DetachVmdksPage() {
  return (
    <RecoveryWizardPage wizard="detach">{(onDone) => <DetachVmdksFlow onDone={onDone} />}</RecoveryWizardPage>
  )
}
