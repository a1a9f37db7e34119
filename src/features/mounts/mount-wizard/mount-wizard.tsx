import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useMountBackup } from '../../../api/resources'
import { useWizardForm, useWizardResult, WizardFrame } from '../../../components/wizard'
import { MOUNT_RESULT, type MountResult } from '../mount-result'
import {
  emptyMountValues,
  isVvolDatastore,
  MOUNT_STORAGE_KEY,
  mountCall,
  mountSchema,
  mountSteps,
} from './form'
import { DatastoreStep } from './steps/datastore-step'
import { BackupStep } from './steps/backup-step'
import { LocationStep } from './steps/location-step'
import { HostStep } from './steps/host-step'
import { ReviewStep } from './steps/review-step'

/** Join SCV's `responseMessage` (a string or a list of them) for the result page. */
function messageOf(message: unknown): string | null {
  if (typeof message === 'string') return message
  return Array.isArray(message) ? message.join(' ') : null
}

/**
 * Mount a datastore backup (W11) on the wizard frame: datastore, backup, snapshot location, ESXi host, review.
 * Mount sends the call once and the page follows the job.
 */
export function MountWizard({ onDone }: { onDone: (jobId: number | null) => void }) {
  const { t } = useTranslation('mounts')
  const steps = useMemo(() => mountSteps(), [])
  const wizard = useWizardForm({
    schema: mountSchema,
    steps,
    storageKey: MOUNT_STORAGE_KEY,
    initialValues: emptyMountValues(),
  })
  const mount = useMountBackup()
  const result = useWizardResult<MountResult>(MOUNT_RESULT)

  const submit = () =>
    wizard.submit(async (values) => {
      const call = mountCall(values)
      if (!call || !values.datastore || !values.backup) return
      const reply = await mount.mutateAsync(call.init)
      const jobId = reply?.response?.jobId ?? null
      result.save({
        jobId,
        message: messageOf(reply?.responseMessage),
        datastoreName: values.datastore.name,
        backupName: values.backup.backupName,
        esxHostName: values.esxHostName,
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
      nextDisabled={wizard.stepId === 'datastore' && isVvolDatastore(wizard.values.datastore)}
    >
      {wizard.stepId === 'datastore' && <DatastoreStep wizard={wizard} />}
      {wizard.stepId === 'backup' && <BackupStep wizard={wizard} />}
      {wizard.stepId === 'location' && <LocationStep wizard={wizard} />}
      {wizard.stepId === 'host' && <HostStep wizard={wizard} />}
      {wizard.stepId === 'review' && <ReviewStep wizard={wizard} />}
    </WizardFrame>
  )
}
