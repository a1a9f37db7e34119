export { BackupChooser } from './backup-chooser'
export { SnapshotLocationChooser } from './snapshot-location-chooser'
export { EsxHostChooser } from './esx-host-chooser'
export { JobProgressCard } from './job-progress-card'
export { toChosenBackup, type ChosenBackup } from './chosen-backup'
export {
  defaultBackup,
  defaultLocation,
  defaultHost,
  defaultRestart,
  locationsOfType,
  unusableReason,
  type DefaultChoice,
  type LocationType,
} from './default-choices'
export { preselectionFromParams, PRESELECTION_PARAMS, type Preselection } from './preselection'
