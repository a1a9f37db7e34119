import { Group, Stack, Switch, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  CONFIGURATION_KEYS,
  configurationQueries,
  useUpdateConfiguration,
  type ConfigurationKeyName,
} from '../../../api/resources'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { NotOfferedNotice } from '../../../components/not-offered/not-offered-notice'
import { useOfferedQuery } from '../../../components/not-offered/use-offered-query'
import { QueryState } from '../../../components/query-state/query-state'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'

/**
 * The configuration keys NetApp documented for a while (`/4.1/configurations`, then removed from the docs):
 * FSx for ONTAP as secondary storage and forcing ZAPI. Hidden with the reason when the appliance lacks the call.
 */
export function ConfigurationKeys() {
  const { t } = useTranslation('settings')
  const readUnsupported = useOperationUnsupported('getConfigurationByKey')
  if (readUnsupported)
    return <NotOfferedNotice call="GET /4.1/configurations" reason={t('not-offered:docHistory')} />
  return (
    <Stack gap="md">
      {CONFIGURATION_KEYS.map((key) => (
        <ConfigurationKey key={key} name={key} />
      ))}
      <Text size="xs" c="dimmed">
        {t('config.restart')}
      </Text>
    </Stack>
  )
}

function ConfigurationKey({ name }: { name: ConfigurationKeyName }) {
  const { t } = useTranslation('settings')
  const offered = useOfferedQuery('getConfigurationByKey', configurationQueries.item(name))
  const update = useUpdateConfiguration()
  const write = useApplianceWrite()
  const writeUnsupported = useOperationUnsupported('updateConfigurations')
  if (offered.notOffered) return null

  async function change(on: boolean) {
    await write.run({
      operation: 'updateConfigurations',
      send: async () => {
        await update.mutateAsync({
          body: {
            configurationName: name,
            configurationValue: on ? 'true' : 'false',
            objectType: 'ConfigKey',
          },
        })
        return t('config.saved', { name, value: on ? 'true' : 'false' })
      },
      onNotSupported: () => undefined,
    })
  }

  return (
    <QueryState query={offered.query} errorContext={t('config.loadError', { name })}>
      {(data) => {
        const on = data.response.configurationValue === 'true'
        return (
          <Stack gap={4}>
            <WriteErrorAlert error={write.error} context={t('config.refused', { name })} />
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Switch
                checked={on}
                disabled={writeUnsupported || update.isPending}
                onChange={(event) => void change(event.currentTarget.checked)}
                label={
                  <Text ff="monospace" size="sm" fw={600} span>
                    {name}
                  </Text>
                }
                description={t(`config.keys.${name}`)}
              />
            </Group>
            {writeUnsupported && (
              <Text size="xs" c="dimmed">
                {t('config.readOnly')}
              </Text>
            )}
          </Stack>
        )
      }}
    </QueryState>
  )
}
