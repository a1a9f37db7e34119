/**
 * Each SCV resource defined once: query options (built by `resourceQuery`), key prefixes, the polling rule
 * and the writes with their invalidations. Features import from here and never declare a `GET /4.1/…` query.
 */
export * from './query'
export * from './job-activity'
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
