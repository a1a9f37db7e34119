import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isKnownJobStatus, type KnownJobStatus } from '../model/job-row'

// Filled shades chosen for ≥4.5:1 text contrast in both colour schemes (yellow gets dark text via autoContrast).
const COLORS: Record<KnownJobStatus, string> = {
  RUNNING: 'blue.9',
  FAILED: 'red.9',
  WARNING: 'yellow.5',
  SUCCESSFUL: 'teal.9',
}

/** A job status as a coloured badge; a status the console doesn't know shows as "unknown" with the raw value. */
export function JobStatusBadge({ status }: { status: unknown }) {
  const { t } = useTranslation('jobs')
  if (isKnownJobStatus(status)) {
    return (
      <Badge color={COLORS[status]} variant="filled" autoContrast radius="sm">
        {t(`status.${status}`)}
      </Badge>
    )
  }
  return <UnknownBadge value={status} />
}

/** "unknown" for a missing or unrecognised value, with the raw value when there is one. */
export function UnknownBadge({ value }: { value: unknown }) {
  const { t } = useTranslation('jobs')
  const raw = typeof value === 'string' && value !== '' ? value : null
  return (
    <Badge variant="default" radius="sm" tt="none" title={raw ?? undefined}>
      {raw ? t('unknownValue', { value: raw }) : t('unknown')}
    </Badge>
  )
}
