import { RunningJobsIndicator } from '../../features/jobs'

/** Live status shown in the header on every page: the running-jobs indicator. */
export function HeaderStatusSlot() {
  return <RunningJobsIndicator />
}
