import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { recoveryResultOf, useRunningOnGroup, type RecoveryResult } from '../../../components/recovery'
import { useWizardForm, WizardFrame } from '../../../components/wizard'
import { useRestoreVm } from '../../../api/resources'
import { SnapshotLocationStep, VmBackupStep, VmHostStep } from '../components/recovery-steps'
import { afterBackup, restoreCall } from '../restore-vm-wizard/form'
import {
  afterDeletedVm,
  DELETED_VM_PARAMS,
  deletedVmFromParams,
  emptyRestoreDeletedVmValues,
  hostsDatastore,
  isGivenByUuid,
  placeDeletedVmError,
  RESTORE_DELETED_VM_STORAGE_KEY,
  restoreDeletedVmSchema,
  restoreDeletedVmSteps,
} from './form'
import { DeletedVmReviewStep, DeletedVmStep, HostsDatastoreNote } from './steps'

/**
 * Restore a VM vCenter no longer has (W7) on the wizard frame: the VM by UUID, its backup, the snapshot location,
 * the ESXi host (asked for by a datastore's moref, §5.4) and restart (on: the GUI powers a restored deleted VM
 * on), review. A link from a datastore backup's VM list opens the host step with the steps before it taken.
 */
export function RestoreDeletedVmWizard({ onDone }: { onDone: (result: RecoveryResult) => void }) {
  const { t } = useTranslation('restore')
  const [params] = useSearchParams()
  const [link] = useState(() => deletedVmFromParams(params))
  const steps = useMemo(() => restoreDeletedVmSteps(link?.backupId ?? null), [link])
  const wizard = useWizardForm({
    schema: restoreDeletedVmSchema,
    steps,
    storageKey: RESTORE_DELETED_VM_STORAGE_KEY,
    initialValues: emptyRestoreDeletedVmValues(),
    intent: link && {
      values: { ...afterDeletedVm, vm: link.vm, datastore: link.datastore },
      step: 'host',
      params: DELETED_VM_PARAMS,
    },
    placeError: placeDeletedVmError,
  })
  const { vm, backup } = wizard.values
  const restore = useRestoreVm()
  const running = useRunningOnGroup(backup?.resourceGroupId)
  const datastore = hostsDatastore(wizard.values)

  const submit = () =>
    wizard.submit(async (values) => {
      const call = restoreCall(values)
      if (!call) return
      const reply = await restore.mutateAsync(call.init)
      onDone(recoveryResultOf(reply))
    })

  return (
    <WizardFrame
      wizard={wizard}
      label={(id) => t(`deleted.steps.${id}`)}
      submitLabel={t('deleted.submit')}
      onSubmit={() => void submit()}
      submitFailed={t('deleted.submitFailed')}
      nextDisabled={
        (wizard.stepId === 'vm' && vm !== null && (!isGivenByUuid(vm) || vm.isTemplate === true)) ||
        (wizard.stepId === 'backup' && running.length > 0)
      }
      submitDisabled={running.length > 0}
    >
      {wizard.stepId === 'vm' && <DeletedVmStep wizard={wizard} />}
      {wizard.stepId === 'backup' && <VmBackupStep wizard={wizard} afterBackup={afterBackup} checkRunning />}
      {wizard.stepId === 'location' && <SnapshotLocationStep wizard={wizard} />}
      {wizard.stepId === 'host' && (
        <VmHostStep
          wizard={wizard}
          description={t('host.description')}
          withRestart
          hostsMoref={datastore?.moref ?? null}
          note={<HostsDatastoreNote datastore={datastore} fromLink={wizard.values.datastore !== null} />}
        />
      )}
      {wizard.stepId === 'review' && <DeletedVmReviewStep wizard={wizard} />}
    </WizardFrame>
  )
}
