import { useTranslation } from 'react-i18next'
import { isKnownJobType } from '../model/job-row'
import { UnknownBadge } from '../../../components/status-badge'

/** A job type in words ("Backup", "Mount"…), or an "unknown" badge for a type the console doesn't know. */
export function JobTypeLabel({ type }: { type: unknown }) {
  const { t } = useTranslation('jobs')
  if (!isKnownJobType(type)) return <UnknownBadge value={type} />
  return <span style={{ fontSize: 'var(--mantine-font-size-sm)' }}>{t(`type.${type}`)}</span>
}
