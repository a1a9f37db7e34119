import { useTranslation } from 'react-i18next'
import { WhatHappens } from '../../../../components/recovery'
import { ReviewFrame, type WizardForm } from '../../../../components/wizard'
import { formatApplianceTime } from '../../../../lib/format/date-time'
import { RunningOnBackupGroup } from '../../components/recovery-steps'
import { restoreVmdksCall, type RestoreVmdksValues } from '../form'

/** Step 7: what will be restored where, the defaults taken, and the exact REST call. */
export function VmdksReviewStep({ wizard }: { wizard: WizardForm<RestoreVmdksValues> }) {
  const { t } = useTranslation('restore')
  const values = wizard.values
  const call = restoreVmdksCall(values)
  const time = values.backup ? formatApplianceTime(values.backup.createdTime, { withZone: true }) : ''
  const rows: Array<[string, string]> = [
    [t('review.vm'), values.vm ? `${values.vm.name} (${values.vm.moref})` : '—'],
    [t('review.backup'), values.backup ? `${values.backup.backupName} · ${time}` : '—'],
    [t('review.location'), values.locationType ? t(`recovery:location.type.${values.locationType}`) : '—'],
    ...values.disks.map((disk): [string, string] => [
      disk.diskName ?? disk.vmdkPath,
      t('vmdks.review.diskTo', { path: disk.vmdkPath, datastore: values.targets[disk.vmdkPath] ?? '—' }),
    ]),
    [t('review.host'), values.esxHost || '—'],
  ]
  return (
    <ReviewFrame
      wizard={wizard}
      rows={rows}
      calls={call ? [call] : []}
      label={(id) => t(`vmdks.steps.${id}`)}
    >
      <RunningOnBackupGroup backup={values.backup} />
      <WhatHappens
        title={t('review.whatHappens')}
        tone="loss"
        items={[t('vmdks.review.replaced', { name: values.vm?.name ?? '', time }), t('vmdks.review.vmKept')]}
        once={t('vmdks.review.once')}
      />
    </ReviewFrame>
  )
}
