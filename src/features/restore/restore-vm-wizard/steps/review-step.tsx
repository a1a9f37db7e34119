import { useTranslation } from 'react-i18next'
import { WhatHappens } from '../../../../components/recovery'
import { ReviewFrame, type WizardForm } from '../../../../components/wizard'
import { formatApplianceTime } from '../../../../lib/format/date-time'
import { restoreCall, type RestoreVmValues } from '../form'

interface ReviewStepProps {
  wizard: WizardForm<RestoreVmValues>
  /** Names of the resource groups the VM is in now (it leaves them on restore). */
  groupNames: string[]
}

/** Step 5: what will happen, the defaults taken, and the exact REST call, before anything is sent. */
export function ReviewStep({ wizard, groupNames }: ReviewStepProps) {
  const { t } = useTranslation('restore')
  const values = wizard.values
  const call = restoreCall(values)
  const vmName = values.vm?.name ?? ''
  const time = values.backup ? formatApplianceTime(values.backup.createdTime, { withZone: true }) : ''
  const rows: Array<[string, string]> = [
    [t('review.vm'), values.vm ? `${values.vm.name} (${values.vm.moref})` : '—'],
    [t('review.backup'), values.backup ? `${values.backup.backupName} · ${time}` : '—'],
    [t('review.location'), values.locationType ? t(`recovery:location.type.${values.locationType}`) : '—'],
    [t('review.host'), values.esxHost || '—'],
    [t('review.restart'), values.restartVM && !values.backup?.partial ? t('yes') : t('no')],
  ]
  return (
    <ReviewFrame wizard={wizard} rows={rows} calls={call ? [call] : []} label={(id) => t(`steps.${id}`)}>
      <WhatHappens
        title={t('review.whatHappens')}
        tone="loss"
        items={[
          t('review.replaced', { name: vmName, time }),
          t('review.reregistered'),
          groupNames.length > 0
            ? t('review.notReadded', { name: vmName, groups: groupNames.join(', ') })
            : t('review.notReaddedNone', { name: vmName }),
          values.backup?.partial && t('review.partial'),
        ]}
        once={t('review.once')}
      />
    </ReviewFrame>
  )
}
