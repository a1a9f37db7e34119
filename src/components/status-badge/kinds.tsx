import { useTranslation } from 'react-i18next'
import { StatusBadge, UnknownBadge } from './status-badge'
import { BACKUP_TONES, GROUP_TONES, JOB_TONES, MOUNT_TONES, toneOf } from './tones'

/** A job's status (`JobStatus`): running, successful, warning or failed; anything else shows as "unknown". */
export function JobStatusBadge({ status }: { status: unknown }) {
  const { t } = useTranslation('status-badge')
  const tone = toneOf(JOB_TONES, status)
  if (!tone) return <UnknownBadge value={status} />
  return <StatusBadge tone={tone} label={t(`job.${String(status)}`)} />
}

/** A group's or a VM's last run (a `JobStatus` or nothing): "Never run" when there has been none. */
export function LastRunBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('status-badge')
  if (!status) return <StatusBadge tone="neutral" label={t('lastRun.never')} />
  return <JobStatusBadge status={status} />
}

/** A resource group's state: in production or under maintenance (suspended). */
export function ResourceGroupStatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('status-badge')
  if (!status) return <>—</>
  const tone = toneOf(GROUP_TONES, status)
  if (!tone) return <UnknownBadge value={status} />
  return <StatusBadge tone={tone} label={t(`group.${status}`)} />
}

/** A backup's status (`BackupStatus`): completed, running or failed. */
export function BackupStatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('status-badge')
  const tone = toneOf(BACKUP_TONES, status)
  if (!tone) return <UnknownBadge value={status} />
  return <StatusBadge tone={tone} label={t(`backup.${String(status)}`)} />
}

/** A mounted backup: mounted, a leftover (mounted past the page's threshold), or stale (nothing to unmount). */
export function MountStateBadge({ state }: { state: 'MOUNTED' | 'LEFTOVER' | 'STALE' }) {
  const { t } = useTranslation('status-badge')
  const tone = toneOf(MOUNT_TONES, state) ?? 'neutral'
  return <StatusBadge tone={tone} label={t(`mount.${state}`)} />
}
