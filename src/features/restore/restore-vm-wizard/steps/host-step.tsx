import { Checkbox, Select, Stack } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../../components/query-state/query-state'
import { vmBackupQueries } from '../../../../api/resources'
import type { RestoreVmValues } from '../form'

/** Step 4: the ESXi host to restore on (W6 step 4, `availableEsxHostsList`) and whether to restart the VM. */
export function HostStep({ form, moref }: { form: UseFormReturnType<RestoreVmValues>; moref: string }) {
  const { t } = useTranslation('restore')
  const query = useQuery(vmBackupQueries.availableEsxHosts(moref))
  const partial = form.values.backup?.partial ?? false
  const hostError = form.errors.esxHost
  const restartError = form.errors.restartVM
  return (
    <Stack>
      <QueryState
        query={query}
        errorContext={t('host.loadFailed')}
        isEmpty={(data) => data.response.availableEsxHostsList.length === 0}
        empty={t('host.none')}
      >
        {(data) => (
          <Select
            label={t('host.label')}
            description={t('host.description')}
            placeholder={t('host.placeholder')}
            required
            searchable
            data={data.response.availableEsxHostsList.map((host) => ({
              value: host.name,
              label: host.clusterName
                ? t('host.option', { name: host.name, cluster: host.clusterName })
                : host.name,
            }))}
            value={form.values.esxHost || null}
            onChange={(value) => {
              form.setFieldValue('esxHost', value ?? '')
              form.clearFieldError('esxHost')
            }}
            error={typeof hostError === 'string' ? t(hostError) : undefined}
            nothingFoundMessage={t('host.noMatch')}
          />
        )}
      </QueryState>
      <Checkbox
        label={t('host.restart')}
        description={partial ? t('rules.partialRestart') : t('host.restartDescription')}
        checked={partial ? false : form.values.restartVM}
        disabled={partial}
        onChange={(event) => form.setFieldValue('restartVM', event.currentTarget.checked)}
        error={typeof restartError === 'string' ? t(restartError) : undefined}
      />
    </Stack>
  )
}
