import { Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatApplianceTime } from '../../../lib/format/date-time'

/** A moment in the appliance's time, with its zone in a tooltip for the reader who wonders. */
export function ApplianceTime({ iso }: { iso: string | null | undefined }) {
  const { t } = useTranslation('resource-groups')
  if (!iso) return <>—</>
  return (
    <Tooltip label={t('applianceTimeTooltip', { time: formatApplianceTime(iso, { withZone: true }) })}>
      <time dateTime={iso} tabIndex={0}>
        {formatApplianceTime(iso)}
      </time>
    </Tooltip>
  )
}
