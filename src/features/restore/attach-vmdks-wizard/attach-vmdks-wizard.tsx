import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useInventory } from '../../../components/inventory-picker'
import {
  PRESELECTION_PARAMS,
  preselectionFromParams,
  recoveryResultOf,
  type RecoveryResult,
} from '../../../components/recovery'
import { useWizardForm, WizardFrame } from '../../../components/wizard'
import { useAttachVmdks } from '../../../api/resources'
import { withInventoryFlags } from '../components/inventory-flags'
import { VmBackupStep, VmStep } from '../components/recovery-steps'
import { AttachDisksStep, AttachReviewStep, AttachTargetStep } from './attach-steps'
import {
  afterBackup,
  afterVm,
  ATTACH_VMDKS_STORAGE_KEY,
  attachVmdksCall,
  attachVmdksSchema,
  attachVmdksSteps,
  emptyAttachVmdksValues,
} from './form'

/**
 * Attach disks of a backup (W9) on the wizard frame: VM, backup, disks, target (this VM or another by name),
 * review. A link from the backups browser (`?moref=…&name=…&backupId=…`) opens the disks step.
 */
export function AttachVmdksWizard({ onDone }: { onDone: (result: RecoveryResult) => void }) {
  const { t } = useTranslation('restore')
  const [params] = useSearchParams()
  const [preselection] = useState(() => preselectionFromParams(params, 'vm'))
  const inventory = useInventory('vm')
  const steps = useMemo(() => attachVmdksSteps(preselection?.backupId ?? null), [preselection])
  const wizard = useWizardForm({
    schema: attachVmdksSchema,
    steps,
    storageKey: ATTACH_VMDKS_STORAGE_KEY,
    initialValues: emptyAttachVmdksValues(),
    intent: preselection && {
      values: { vm: withInventoryFlags(preselection.item, inventory.items) },
      step: 'disks',
      params: PRESELECTION_PARAMS,
    },
    ready: !inventory.isLoading,
    placeError: (error) =>
      /template|VM '/i.test(error.scvMessage ?? '') ? { step: 'target', field: 'alternateVm' } : null,
  })
  const attach = useAttachVmdks()
  const submit = () =>
    wizard.submit(async (values) => {
      const call = attachVmdksCall(values)
      if (!call) return
      const reply = await attach.mutateAsync(call.init)
      onDone(recoveryResultOf(reply))
    })
  return (
    <WizardFrame
      wizard={wizard}
      label={(id) => t(`attach.steps.${id}`)}
      submitLabel={t('attach.submit')}
      onSubmit={() => void submit()}
      submitFailed={t('attach.submitFailed')}
      nextDisabled={wizard.stepId === 'vm' && wizard.values.vm?.isTemplate === true}
    >
      {wizard.stepId === 'vm' && (
        <VmStep
          wizard={wizard}
          label={t('attach.vmLabel')}
          afterVm={afterVm}
          templateRule="attach.rules.template"
        />
      )}
      {wizard.stepId === 'backup' && <VmBackupStep wizard={wizard} afterBackup={afterBackup} />}
      {wizard.stepId === 'disks' && <AttachDisksStep wizard={wizard} />}
      {wizard.stepId === 'target' && <AttachTargetStep wizard={wizard} />}
      {wizard.stepId === 'review' && <AttachReviewStep wizard={wizard} />}
    </WizardFrame>
  )
}
