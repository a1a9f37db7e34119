import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatInZone } from '../../../lib/time/format-in-zone'
import { sameZone, zoneLabel, type TimeZone } from '../../../lib/time/zone'

interface RunTimesProps {
  runs: readonly number[]
  applianceZone: TimeZone
  viewerZone: TimeZone
  /** Names the table for screen readers ("Next runs of Schedule-DatabaseDump"). */
  label: string
}

/** The next runs in the appliance's time zone, with the viewer's own time beside each when it differs. */
export function RunTimes({ runs, applianceZone, viewerZone, label }: RunTimesProps) {
  const { t, i18n } = useTranslation('settings')
  const both = !sameZone(applianceZone, viewerZone)
  return (
    <Table withTableBorder={false} verticalSpacing={2} horizontalSpacing="xs" aria-label={label} w="auto">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <Text size="xs" fw={600}>
              {t('runs.appliance', { zone: zoneLabel(applianceZone) })}
            </Text>
          </Table.Th>
          {both && (
            <Table.Th>
              <Text size="xs" fw={600}>
                {t('runs.viewer', { zone: zoneLabel(viewerZone) })}
              </Text>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run}>
            <Table.Td>
              <Text size="sm">{formatInZone(run, applianceZone, i18n.language)}</Text>
            </Table.Td>
            {both && (
              <Table.Td>
                <Text size="sm">{formatInZone(run, viewerZone, i18n.language)}</Text>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
