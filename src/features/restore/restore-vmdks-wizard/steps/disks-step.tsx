import { Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../../components/query-state/query-state'
import type { WizardForm } from '../../../../components/wizard'
import { formatBytes } from '../../../../lib/format/number'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../../api/resources'
import { DiskChecklist } from '../../components/disk-checklist'
import { restorableDisks, type RestoreVmdksValues } from '../form'

/** Step 4: the disks to restore (W8 step 4, `vmdkLocationsList`); several may be chosen. */
export function DisksStep({ wizard }: { wizard: WizardForm<RestoreVmdksValues> }) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const vm = form.values.vm
  const query = useQuery({ ...vmBackupQueries.vmVmdkLocations(vm?.moref ?? ''), enabled: vm !== null })
  return (
    <QueryState
      query={query}
      errorContext={t('vmdks.disks.loadFailed')}
      isEmpty={(data) => restorableDisks(data.response.vmdkLocationsList).length === 0}
      empty={t('vmdks.disks.none')}
    >
      {(data) => {
        const disks = restorableDisks(data.response.vmdkLocationsList)
        return (
          <DiskChecklist
            disks={disks}
            label={t('vmdks.disks.label')}
            description={t('vmdks.disks.description')}
            value={form.values.disks}
            onChange={(chosen) => {
              form.setFieldValue('disks', chosen)
              form.clearFieldError('disks')
            }}
            error={text(form.errors.disks)}
            detail={(disk) => (
              <Text size="xs" component="span" style={{ wordBreak: 'break-all' }}>
                {disk.capacityBytes !== undefined
                  ? t('vmdks.disks.detail', { path: disk.vmdkPath, size: formatBytes(disk.capacityBytes) })
                  : disk.vmdkPath}
              </Text>
            )}
          />
        )
      }}
    </QueryState>
  )
}
