import { Alert, List, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
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
      <Alert
        color="orange"
        variant="default"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('review.whatHappens')}
      >
        <List size="sm" spacing={4}>
          <List.Item>{t('review.replaced', { name: vmName, time })}</List.Item>
          <List.Item>{t('review.reregistered')}</List.Item>
          <List.Item>
            {groupNames.length > 0
              ? t('review.notReadded', { name: vmName, groups: groupNames.join(', ') })
              : t('review.notReaddedNone', { name: vmName })}
          </List.Item>
          {values.backup?.partial && <List.Item>{t('review.partial')}</List.Item>}
        </List>
      </Alert>
      <Text size="sm" c="dimmed">
        {t('review.once')}
      </Text>
    </ReviewFrame>
  )
}
