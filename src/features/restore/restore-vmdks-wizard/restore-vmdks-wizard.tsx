import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useInventory } from '../../../components/inventory-picker'
import {
  PRESELECTION_PARAMS,
  preselectionFromParams,
  recoveryResultOf,
  useRunningOnGroup,
  type RecoveryResult,
} from '../../../components/recovery'
import { useWizardForm, WizardFrame } from '../../../components/wizard'
import { useRestoreVmdks, vmBackupQueries } from '../../../api/resources'
import { withInventoryFlags } from '../components/inventory-flags'
import { SnapshotLocationStep, VmBackupStep, VmHostStep, VmStep } from '../components/recovery-steps'
import {
  afterBackup,
  afterVm,
  emptyRestoreVmdksValues,
  placeVmdksError,
  RESTORE_VMDKS_STORAGE_KEY,
  restoreVmdksCall,
  restoreVmdksSchema,
  restoreVmdksSteps,
  spaceShortages,
} from './form'
import { DisksStep } from './steps/disks-step'
import { DatastoresStep } from './steps/datastores-step'
import { VmdksReviewStep } from './steps/review-step'

/**
 * Restore some of a VM's disks (W8) on the wizard frame: VM, backup, snapshot location, disks, a datastore per
 * disk, ESXi host, review. A link from the backups browser (`?moref=…&name=…&backupId=…`) opens the disks step
 * with the steps before it taken.
 */
export function RestoreVmdksWizard({ onDone }: { onDone: (result: RecoveryResult) => void }) {
  const { t } = useTranslation('restore')
  const [params] = useSearchParams()
  const [preselection] = useState(() => preselectionFromParams(params, 'vm'))
  const inventory = useInventory('vm')
  const steps = useMemo(() => restoreVmdksSteps(preselection?.backupId ?? null), [preselection])
  const wizard = useWizardForm({
    schema: restoreVmdksSchema,
    steps,
    storageKey: RESTORE_VMDKS_STORAGE_KEY,
    initialValues: emptyRestoreVmdksValues(),
    intent: preselection && {
      values: { vm: withInventoryFlags(preselection.item, inventory.items) },
      step: 'disks',
      params: PRESELECTION_PARAMS,
    },
    ready: !inventory.isLoading,
    placeError: placeVmdksError,
  })
  const { vm, backup, disks, targets } = wizard.values
  const restore = useRestoreVmdks()
  const running = useRunningOnGroup(backup?.resourceGroupId)
  // The datastores' free space, from the step's own read (cached: no extra request).
  const datastores = useQuery({
    ...vmBackupQueries.availableDatastores(vm?.moref ?? '', backup?.backupId ?? 0),
    enabled: vm !== null && backup !== null && ['datastores', 'host', 'review'].includes(wizard.stepId ?? ''),
  })
  const short = spaceShortages(disks, targets, datastores.data?.response.datastoreSpace).length > 0

  const submit = () =>
    wizard.submit(async (values) => {
      const call = restoreVmdksCall(values)
      if (!call) return
      const reply = await restore.mutateAsync(call.init)
      onDone(recoveryResultOf(reply))
    })

  return (
    <WizardFrame
      wizard={wizard}
      label={(id) => t(`vmdks.steps.${id}`)}
      submitLabel={t('vmdks.submit')}
      onSubmit={() => void submit()}
      submitFailed={t('vmdks.submitFailed')}
      nextDisabled={
        (wizard.stepId === 'vm' && vm?.isTemplate === true) ||
        (wizard.stepId === 'backup' && running.length > 0) ||
        (wizard.stepId === 'datastores' && short)
      }
      submitDisabled={running.length > 0 || short}
    >
      {wizard.stepId === 'vm' && (
        <VmStep
          wizard={wizard}
          label={t('vmdks.vmLabel')}
          afterVm={afterVm}
          templateRule="rules.template"
          vvolNote={t('vmdks.rules.vvol')}
        />
      )}
      {wizard.stepId === 'backup' && <VmBackupStep wizard={wizard} afterBackup={afterBackup} checkRunning />}
      {wizard.stepId === 'location' && <SnapshotLocationStep wizard={wizard} />}
      {wizard.stepId === 'disks' && <DisksStep wizard={wizard} />}
      {wizard.stepId === 'datastores' && <DatastoresStep wizard={wizard} />}
      {wizard.stepId === 'host' && <VmHostStep wizard={wizard} description={t('vmdks.host.description')} />}
      {wizard.stepId === 'review' && <VmdksReviewStep wizard={wizard} />}
    </WizardFrame>
  )
}
