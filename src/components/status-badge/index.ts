export { StatusBadge, UnknownBadge } from './status-badge'
export { JobStatusBadge, LastRunBadge, ResourceGroupStatusBadge, BackupStatusBadge } from './kinds'
export { jobStatusTone, toneColor, type StatusTone } from './tones'
