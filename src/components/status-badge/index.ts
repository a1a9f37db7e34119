export { StatusBadge, UnknownBadge } from './status-badge'
export {
  JobStatusBadge,
  LastRunBadge,
  ResourceGroupStatusBadge,
  BackupStatusBadge,
  MountStateBadge,
} from './kinds'
export { jobStatusTone, toneColor, type StatusTone } from './tones'
