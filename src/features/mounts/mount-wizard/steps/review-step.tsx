import { useTranslation } from 'react-i18next'
import { WhatHappens } from '../../../../components/recovery'
import { ReviewFrame, type WizardForm } from '../../../../components/wizard'
import { formatApplianceTime } from '../../../../lib/format/date-time'
import { mountCall, type MountValues } from '../form'

/** Step 5: what will happen, the defaults taken, and the exact REST call, before anything is sent. */
export function ReviewStep({ wizard }: { wizard: WizardForm<MountValues> }) {
  const { t } = useTranslation('mounts')
  const values = wizard.values
  const call = mountCall(values)
  const time = values.backup ? formatApplianceTime(values.backup.createdTime, { withZone: true }) : ''
  const rows: Array<[string, string]> = [
    [t('review.datastore'), values.datastore ? `${values.datastore.name} (${values.datastore.moref})` : '—'],
    [t('review.backup'), values.backup ? `${values.backup.backupName} · ${time}` : '—'],
    [t('review.location'), values.location?.location ?? '—'],
    [t('review.host'), values.esxHostName || '—'],
  ]
  return (
    <ReviewFrame wizard={wizard} rows={rows} calls={call ? [call] : []} label={(id) => t(`steps.${id}`)}>
      <WhatHappens
        title={t('review.whatHappens')}
        tone="info"
        items={[t('review.clone', { host: values.esxHostName }), t('review.stays'), t('review.blocksDelete')]}
        once={t('review.once')}
      />
    </ReviewFrame>
  )
}
