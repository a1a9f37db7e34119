import type { ReactNode } from 'react'
import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { SnapshotLocation, SnapshotLocationListResponse } from '../../api'
import { QueryState } from '../query-state/query-state'
import { locationsOfType, type LocationType } from './default-choices'

interface SnapshotLocationChooserProps {
  /** `GET /4.1/vm/backups/{backupId}/snapshotlocations` (or the datastore backup's). */
  query: UseQueryResult<SnapshotLocationListResponse, unknown>
  value: LocationType | null
  /** The kind chosen and every snapshot location of that kind (they all go into the request). */
  onChange: (type: LocationType, locations: SnapshotLocation[]) => void
  error?: ReactNode
  /** The group's label when it is not a restore (a mount says "Mount from"). */
  label?: string
}

/** Restore from the primary or the secondary snapshot; each choice lists its datastores and snapshots. */
export function SnapshotLocationChooser({
  query,
  value,
  onChange,
  error,
  label,
}: SnapshotLocationChooserProps) {
  const { t } = useTranslation('recovery')
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
            label={label ?? t('location.label')}
            description={t('location.description')}
            value={value ?? ''}
            onChange={(chosen) => {
              const type = chosen as LocationType
              onChange(type, locationsOfType(list, type))
            }}
            error={error}
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
