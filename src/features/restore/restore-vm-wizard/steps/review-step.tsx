import { Alert, List, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { RestCallPreview } from '../../../../components/wizard'
import { formatApplianceTime } from '../../../../lib/format/date-time'
import { restoreRestCall, type RestoreVmValues } from '../form'

interface ReviewStepProps {
  values: RestoreVmValues
  /** Names of the resource groups the VM is in now (it leaves them on restore). */
  groupNames: string[]
}

/** Step 5: what will happen, and the exact REST call, before anything is sent. */
export function ReviewStep({ values, groupNames }: ReviewStepProps) {
  const { t } = useTranslation('restore')
  const call = restoreRestCall(values)
  const vmName = values.vm?.name ?? ''
  const rows: Array<[string, string]> = [
    [t('review.vm'), values.vm ? `${values.vm.name} (${values.vm.moref})` : '—'],
    [
      t('review.backup'),
      values.backup
        ? `${values.backup.backupName} · ${formatApplianceTime(values.backup.createdTime, { withZone: true })}`
        : '—',
    ],
    [t('review.location'), values.locationType ? t(`location.type.${values.locationType}`) : '—'],
    [t('review.host'), values.esxHost || '—'],
    [t('review.restart'), values.restartVM && !values.backup?.partial ? t('yes') : t('no')],
  ]
  return (
    <Stack>
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Alert
        color="orange"
        variant="default"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('review.whatHappens')}
      >
        <List size="sm" spacing={4}>
          <List.Item>
            {t('review.replaced', {
              name: vmName,
              time: values.backup ? formatApplianceTime(values.backup.createdTime, { withZone: true }) : '',
            })}
          </List.Item>
          <List.Item>{t('review.reregistered')}</List.Item>
          <List.Item>
            {groupNames.length > 0
              ? t('review.notReadded', { name: vmName, groups: groupNames.join(', ') })
              : t('review.notReaddedNone', { name: vmName })}
          </List.Item>
          {values.backup?.partial && <List.Item>{t('review.partial')}</List.Item>}
        </List>
      </Alert>
      {call && <RestCallPreview calls={[call]} />}
      <Text size="sm" c="dimmed">
        {t('review.once')}
      </Text>
    </Stack>
  )
}
