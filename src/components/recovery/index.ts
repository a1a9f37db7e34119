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
export { defaultDatastores, defaultAttachTarget } from './default-choices'
export { RunningOnGroupAlert } from './running-on-group'
export { RecoveryResultView } from './recovery-result'
export { useRunningOnGroup, recoveryResultOf, attachedDisks, type RecoveryResult } from './recovery-data'
export { DetachVmdks, type DetachVmdksProps } from './detach-vmdks'
export { WhatHappens } from './what-happens'
