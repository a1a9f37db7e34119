import { useMemo } from 'react'
import { Select, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ApplianceTimeZone } from '../../../lib/appliance/appliance-time-zone'
import { zoneLabel } from '../../../lib/time/zone'

/** Every IANA zone the browser knows, plus UTC first. */
function zoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set(['UTC', current, ...supported])]
}

/**
 * Names the appliance's time zone (schedules run in it). SCV does not report it, so the administrator picks the
 * zone set on the appliance; the console remembers it in this browser.
 */
export function ApplianceZonePicker({ appliance }: { appliance: ApplianceTimeZone }) {
  const { t } = useTranslation('settings')
  const current = appliance.source === 'default' ? 'UTC' : zoneLabel(appliance.zone)
  const data = useMemo(() => zoneChoices(current), [current])
  return (
    <div>
      <Select
        label={t('zone.label')}
        description={t(`zone.source.${appliance.source}`)}
        data={data}
        value={current}
        onChange={(value) => appliance.setZone(value)}
        searchable
        allowDeselect={false}
        maxDropdownHeight={280}
        w={320}
      />
      <Text size="xs" c="dimmed" mt={4} maw={620}>
        {t('zone.why')}
      </Text>
    </div>
  )
}
