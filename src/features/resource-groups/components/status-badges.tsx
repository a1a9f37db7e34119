import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatApplianceTime } from '../../../lib/format/date-time'

const RUN_COLORS: Record<string, string> = {
  SUCCESSFUL: 'green',
  WARNING: 'yellow',
  FAILED: 'red',
  RUNNING: 'blue',
}

/**
 * A tinted badge whose text keeps the page's text colour, so it stays readable (axe contrast) in light and dark
 * mode whatever the tint.
 */
function TintedBadge({ color, children }: { color: string; children: string }) {
  return (
    <Badge variant="light" color={color} style={{ color: 'var(--mantine-color-text)' }} tt="none">
      {children}
    </Badge>
  )
}

/** Production or under maintenance (suspended). */
export function GroupStatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('resource-groups')
  if (!status) return <>—</>
  return (
    <TintedBadge color={status === 'UNDER_MAINTENANCE' ? 'yellow' : 'green'}>
      {t(`status.${status}`, { defaultValue: status })}
    </TintedBadge>
  )
}

/** A job's or a group's last run: successful, warning, failed or running. */
export function RunStatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('resource-groups')
  if (!status) return <>{t('run.never')}</>
  return (
    <TintedBadge color={RUN_COLORS[status] ?? 'gray'}>
      {t(`run.${status}`, { defaultValue: status })}
    </TintedBadge>
  )
}

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
