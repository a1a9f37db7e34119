/**
 * Each SCV resource defined once: query options (built by `resourceQuery`), key prefixes, the polling rule
 * and the writes with their invalidations. Features import from here and never declare a `GET /4.1/…` query.
 */
export * from './query'
export * from './job-activity'
export * from './failure-causes'
export {
  ALL_JOBS,
  JOB_SORT_FIELDS,
  KNOWN_JOB_STATUSES,
  KNOWN_JOB_TYPES,
  searchTextOf,
  type CauseCount,
  type JobOutcomeCounts,
  type JobQuery,
  type JobSortField,
  type JobsSummary,
  type KnownJobStatus,
  type KnownJobType,
  type SortDirection,
} from './job-index'
export { FIRST_ROWS, jobQueryKey, jobStore, type JobsAnswer, type JobsSnapshot } from './job-store'
export { readJobListEarly } from './job-list-early'
export * from './jobs'
export * from './resource-groups'
export * from './policies'
export * from './storage-systems'
export * from './vm-backups'
export * from './datastore-backups'
export * from './reports'
export * from './job-logs'
export * from './audit'
export * from './schedules'
export * from './job-retention'
export * from './configuration'
export { parseTimeMs } from './parse-time'
