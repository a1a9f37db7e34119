import { Alert, List, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
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
      <Alert
        color="blue"
        variant="default"
        icon={<IconInfoCircle aria-hidden />}
        title={t('review.whatHappens')}
      >
        <List size="sm" spacing={4}>
          <List.Item>{t('review.clone', { host: values.esxHostName })}</List.Item>
          <List.Item>{t('review.stays')}</List.Item>
          <List.Item>{t('review.blocksDelete')}</List.Item>
        </List>
      </Alert>
      <Text size="sm" c="dimmed">
        {t('review.once')}
      </Text>
    </ReviewFrame>
  )
}
