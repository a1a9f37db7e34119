import { $api } from '../../../api'

/**
 * Backups change only when a backup job finishes; five minutes keeps a browse → detail → restore path from
 * asking twice (the restore wizard uses the same keys).
 */
const BACKUP_STALE_TIME = 5 * 60_000

/** Query options for the backups browser, one per resource (W6 / W11 reads). */
export const backupQueries = {
  forVm: (moref: string) => ({
    ...$api.queryOptions('get', '/4.1/vm/{moref}/backups', { params: { path: { moref } } }),
    staleTime: BACKUP_STALE_TIME,
  }),
  forDatastore: (moref: string) => ({
    ...$api.queryOptions('get', '/4.1/datastores/{moref}/backups', { params: { path: { moref } } }),
    staleTime: BACKUP_STALE_TIME,
  }),
  vmSnapshotLocations: (backupId: number) => ({
    ...$api.queryOptions('get', '/4.1/vm/backups/{backupId}/snapshotlocations', {
      params: { path: { backupId } },
    }),
    staleTime: BACKUP_STALE_TIME,
  }),
  datastoreSnapshotLocators: (backupId: number) => ({
    ...$api.queryOptions('get', '/4.1/datastores/backups/{backupId}/snapshotlocators', {
      params: { path: { backupId } },
    }),
    staleTime: BACKUP_STALE_TIME,
  }),
  vmdkLocations: (moref: string, backupId: number) => ({
    ...$api.queryOptions('get', '/4.1/vm/{moref}/backups/{backupId}/vmdklocations', {
      params: { path: { moref, backupId } },
    }),
    staleTime: BACKUP_STALE_TIME,
  }),
}
