import { freshness, resourceKey, resourceQuery, type Freshness } from './query'

/** Key prefixes of the datastore backup reads. */
export const datastoreBackupKeys = {
  list: resourceKey('/4.1/datastores/{moref}/backups'),
  mounted: resourceKey('/4.1/datastores/backups/{backupId}/mounted'),
}

/**
 * A datastore's backups and what mounting one needs (W11, W12). Like VM backups, `stable` unless the caller
 * names another freshness; what is mounted changes with mounts and unmounts, so it keeps the default.
 */
export const datastoreBackupQueries = {
  /** `GET /4.1/datastores/{moref}/backups`. */
  list: (moref: string, { freshness: fresh = 'stable' }: { freshness?: Freshness } = {}) =>
    resourceQuery(
      'get',
      '/4.1/datastores/{moref}/backups',
      { params: { path: { moref } } },
      freshness(fresh),
    ),
  /** Where a datastore backup's snapshots are (the documented spelling `snapshotlocators`). */
  snapshotLocators: (backupId: number) =>
    resourceQuery(
      'get',
      '/4.1/datastores/backups/{backupId}/snapshotlocators',
      { params: { path: { backupId } } },
      freshness('stable'),
    ),
  /** ESXi hosts a datastore backup can be mounted on (the documented spelling `availableEsxHosts`). */
  availableEsxHosts: (moref: string) =>
    resourceQuery(
      'get',
      '/4.1/datastores/{moref}/availableEsxHosts',
      { params: { path: { moref } } },
      freshness('stable'),
    ),
  /** The datastores mounted from a backup. */
  mounted: (backupId: number) =>
    resourceQuery('get', '/4.1/datastores/backups/{backupId}/mounted', { params: { path: { backupId } } }),
}
