import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useInventory } from '../../../components/inventory-picker'
import { withInventoryFlags } from '../components/inventory-flags'
import { PRESELECTION_PARAMS, preselectionFromParams } from '../../../components/recovery'
import { useWizardForm, useWizardResult, WizardFrame } from '../../../components/wizard'
import { resourceGroupQueries, useRestoreVm } from '../../../api/resources'
import { RESTORE_RESULT, type RestoreResult } from '../restore-result'
import {
  afterBackup,
  emptyRestoreVmValues,
  RESTORE_VM_STORAGE_KEY,
  restoreCall,
  restoreVmSchema,
  restoreVmSteps,
} from './form'
import { groupsContaining } from './group-body'
import { VmStep } from './steps/vm-step'
import { SnapshotLocationStep, VmBackupStep, VmHostStep } from '../components/recovery-steps'
import { ReviewStep } from './steps/review-step'

/**
 * Restore an existing VM (W6) on the wizard frame: VM, backup, snapshot location, ESXi host and restart, review.
 * A link from the backups browser (`?moref=…&name=…[&backupId=…]`) opens the review with every default taken.
 */
export function RestoreVmWizard({ onDone }: { onDone: (jobId: number | null) => void }) {
  const { t } = useTranslation('restore')
  const [params] = useSearchParams()
  const [preselection] = useState(() => preselectionFromParams(params, 'vm'))
  const inventory = useInventory('vm')
  const steps = useMemo(() => restoreVmSteps(preselection?.backupId ?? null), [preselection])
  const wizard = useWizardForm({
    schema: restoreVmSchema,
    steps,
    storageKey: RESTORE_VM_STORAGE_KEY,
    initialValues: emptyRestoreVmValues(),
    intent: preselection && {
      values: { vm: withInventoryFlags(preselection.item, inventory.items) },
      step: 'review',
      params: PRESELECTION_PARAMS,
    },
    // Whether the VM is a template must be known before any request.
    ready: !inventory.isLoading,
  })
  const { vm } = wizard.values
  const restore = useRestoreVm()
  const result = useWizardResult<RestoreResult>(RESTORE_RESULT)
  const groups = useQuery({
    ...resourceGroupQueries.list({ freshness: 'stable' }),
    enabled: wizard.stepId === 'review',
  })
  const memberOf = vm ? groupsContaining(groups.data?.response.resourceGroupResponseList ?? [], vm.moref) : []

  const submit = () =>
    wizard.submit(async (values) => {
      const call = restoreCall(values)
      if (!call || !values.vm) return
      const reply = await restore.mutateAsync(call.init)
      const jobId = reply?.response?.jobId ?? null
      const message = reply?.responseMessage
      result.save({
        jobId,
        message: typeof message === 'string' ? message : Array.isArray(message) ? message.join(' ') : null,
        vm: values.vm,
        groups: memberOf.map((group) => ({ id: group.id, name: group.name })),
      })
      onDone(jobId)
    })

  return (
    <WizardFrame
      wizard={wizard}
      label={(id) => t(`steps.${id}`)}
      submitLabel={t('submit')}
      onSubmit={() => void submit()}
      submitFailed={t('submitFailed')}
      nextDisabled={wizard.stepId === 'vm' && vm?.isTemplate === true}
    >
      {wizard.stepId === 'vm' && <VmStep wizard={wizard} />}
      {wizard.stepId === 'backup' && <VmBackupStep wizard={wizard} afterBackup={afterBackup} />}
      {wizard.stepId === 'location' && <SnapshotLocationStep wizard={wizard} />}
      {wizard.stepId === 'host' && (
        <VmHostStep wizard={wizard} description={t('host.description')} withRestart />
      )}
      {wizard.stepId === 'review' && (
        <ReviewStep wizard={wizard} groupNames={memberOf.map((group) => group.name)} />
      )}
    </WizardFrame>
  )
}
