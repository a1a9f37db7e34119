import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../../components/query-state/query-state'
import { vmBackupQueries } from '../../../../api/resources'
import { locationsOfType, type LocationType, type RestoreVmValues } from '../form'

/** Step 3: restore from the primary or the secondary snapshot (W6 step 3, `snapshotLocationsList`). */
export function LocationStep({
  form,
  backupId,
}: {
  form: UseFormReturnType<RestoreVmValues>
  backupId: number
}) {
  const { t } = useTranslation('restore')
  const query = useQuery(vmBackupQueries.snapshotLocations(backupId))
  const error = form.errors.locationType
  return (
    <QueryState
      query={query}
      errorContext={t('location.loadFailed')}
      isEmpty={(data) => data.response.snapshotLocationsList.length === 0}
      empty={t('location.none')}
    >
      {(data) => {
        const list = data.response.snapshotLocationsList
        const types = (['PRIMARY', 'SECONDARY'] as const).filter(
          (type) => locationsOfType(list, type).length > 0,
        )
        return (
          <Radio.Group
            label={t('location.label')}
            description={t('location.description')}
            value={form.values.locationType ?? ''}
            onChange={(value) => {
              const type = value as LocationType
              form.setValues({ locationType: type, locations: locationsOfType(list, type) })
              form.clearFieldError('locationType')
            }}
            error={typeof error === 'string' ? t(error) : undefined}
            required
          >
            <Stack gap="sm" mt="xs">
              {types.map((type) => (
                <Paper withBorder p="sm" key={type}>
                  <Radio
                    value={type}
                    label={t(`location.type.${type}`)}
                    description={
                      <Stack gap={2} component="span">
                        {locationsOfType(list, type).map((location) => (
                          <Group gap="xs" key={location.location} component="span" wrap="nowrap">
                            <Badge size="xs" variant="default" component="span">
                              {location.datastore}
                            </Badge>
                            <Text size="xs" component="span" style={{ wordBreak: 'break-all' }}>
                              {location.location}
                            </Text>
                          </Group>
                        ))}
                      </Stack>
                    }
                  />
                </Paper>
              ))}
            </Stack>
          </Radio.Group>
        )
      }}
    </QueryState>
  )
}
