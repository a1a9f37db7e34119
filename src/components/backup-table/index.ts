export { BackupTable } from './backup-table'
export { BackupFilterBar } from './backup-filter-bar'
export {
  filterBackups,
  backupFilterFields,
  hasActiveFilters,
  sortNewestFirst,
  applianceDate,
  NO_BACKUP_FILTERS,
  BACKUPS_PER_PAGE,
  applianceZoneOf,
  type BackupFilters,
} from './backup-filters'
