import { Alert, List, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { datastoreBackupQueries } from '../../../../api/resources'
import { EsxHostChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import type { MountValues } from '../form'

/**
 * Step 4: the ESXi host (W11 step 4, `availableEsxHosts`). The original host is proposed; another host works
 * only when it is prepared the way SCV documents, so choosing one says what it needs.
 */
export function HostStep({ wizard }: { wizard: WizardForm<MountValues> }) {
  const { t } = useTranslation('mounts')
  const text = useMessageText()
  const { form } = wizard
  const moref = form.values.datastore?.moref
  const query = useQuery({
    ...datastoreBackupQueries.availableEsxHosts(moref ?? ''),
    enabled: moref !== undefined,
  })
  const hosts = query.data?.response.availableEsxHostsList ?? []
  const chosen = hosts.find((host) => host.name === form.values.esxHostName)
  const alternate = chosen !== undefined && hosts.some((host) => host.isCurrentHost) && !chosen.isCurrentHost
  return (
    <Stack>
      <EsxHostChooser
        query={query}
        value={form.values.esxHostName}
        onChange={(name) => {
          form.setFieldValue('esxHostName', name)
          form.clearFieldError('esxHostName')
        }}
        description={t('host.description')}
        error={text(form.errors.esxHostName)}
      />
      {alternate && <AlternateHostNeeds host={chosen.name} />}
    </Stack>
  )
}

/** What SCV needs of an alternate host (docs/scv-api.md §4); the console cannot check it, so it says it. */
function AlternateHostNeeds({ host }: { host: string }) {
  const { t } = useTranslation('mounts')
  return (
    <Alert color="orange" variant="default" role="note" title={t('host.alternateTitle', { host })}>
      <List size="sm" spacing={4}>
        <List.Item>{t('host.needsUid')}</List.Item>
        <List.Item>{t('host.needsVersion')}</List.Item>
        <List.Item>{t('host.needsMapping')}</List.Item>
      </List>
    </Alert>
  )
}
