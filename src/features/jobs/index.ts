export { RunningJobsIndicator } from './components/running-jobs-indicator'
