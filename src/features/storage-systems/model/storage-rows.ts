import type { StorageSystem } from '../../../api'
export type { StorageSystem } from '../../../api'
import { compareByColumn, type SortValue } from '../../../lib/sort/compare-by-column'
import { tableFields, type SortDirection } from '../../../lib/url/list-params'

export type { SortDirection }

export const STORAGE_SORT_KEYS = [
  'name',
  'displayName',
  'type',
  'protocol',
  'port',
  'username',
  'timeout',
] as const
export type StorageSortKey = (typeof STORAGE_SORT_KEYS)[number]

/** The list's search and sort in the URL (`?q=&sort=&dir=`). */
export const storageListFields = tableFields(STORAGE_SORT_KEYS, 'name')

/** One table row: a cluster or a stand-alone SVM at depth 0, an SVM listed under its cluster at depth 1. */
export interface StorageRow {
  system: StorageSystem
  depth: 0 | 1
  /** The cluster an SVM row sits under. */
  cluster?: StorageSystem
}

export function isCluster(system: StorageSystem): boolean {
  return system.type === 'ONTAP_CLUSTER'
}

/** How the user name column reads: `—` for implicit SVMs (they use the cluster's login), N/A for certificates. */
export function userNameCell(system: StorageSystem): {
  kind: 'implicit' | 'certificate' | 'user'
  text?: string
} {
  if (system.implicit) return { kind: 'implicit' }
  if (system.authenticationMethod === 'CERTIFICATE') return { kind: 'certificate' }
  return system.username ? { kind: 'user', text: system.username } : { kind: 'implicit' }
}

/**
 * An SVM's `clusterName` may be the cluster's display name or its FQDN (the cluster is added by FQDN and shown
 * by its short name), so match either, and the FQDN's first label.
 */
function belongsTo(svm: StorageSystem, cluster: StorageSystem): boolean {
  const owner = svm.clusterName?.toLowerCase()
  if (!owner) return false
  const names = [cluster.name, cluster.displayName, cluster.name.split('.')[0]]
  return names.some((name) => name?.toLowerCase() === owner)
}

function sortValue(system: StorageSystem, key: StorageSortKey): SortValue {
  switch (key) {
    case 'port':
      return system.port ?? -1
    case 'timeout':
      return system.timeout ?? -1
    case 'username': {
      const cell = userNameCell(system)
      return cell.text ?? ''
    }
    case 'type':
      return system.type
    case 'protocol':
      return system.protocol ?? ''
    case 'displayName':
      return system.displayName ?? system.name
    case 'name':
      return system.name
  }
}

function comparator(key: StorageSortKey, direction: SortDirection) {
  return compareByColumn((system: StorageSystem) => sortValue(system, key), direction)
}

function matches(system: StorageSystem, needle: string): boolean {
  if (!needle) return true
  return [system.name, system.displayName, system.username, system.clusterName, system.preferredIp].some(
    (value) => typeof value === 'string' && value.toLowerCase().includes(needle),
  )
}

/**
 * The rows the table shows: clusters (and SVMs added on their own) sorted by the chosen column, each
 * cluster followed by its SVMs sorted the same way. A search keeps a cluster when it or one of its SVMs
 * matches, so a matching SVM is always seen under its cluster.
 */
export function buildStorageRows(
  systems: StorageSystem[],
  {
    search = '',
    sort = 'name',
    direction = 'asc',
  }: { search?: string; sort?: StorageSortKey; direction?: SortDirection },
): StorageRow[] {
  const needle = search.trim().toLowerCase()
  const compare = comparator(sort, direction)
  const clusters = systems.filter(isCluster)
  const childrenOf = new Map<StorageSystem, StorageSystem[]>(clusters.map((cluster) => [cluster, []]))
  const topLevel: StorageSystem[] = [...clusters]
  for (const system of systems) {
    if (isCluster(system)) continue
    const cluster = clusters.find((candidate) => belongsTo(system, candidate))
    if (cluster) childrenOf.get(cluster)?.push(system)
    else topLevel.push(system)
  }
  const rows: StorageRow[] = []
  for (const parent of [...topLevel].sort(compare)) {
    const children = childrenOf.get(parent) ?? []
    const parentMatches = matches(parent, needle)
    const shownChildren = parentMatches ? children : children.filter((child) => matches(child, needle))
    if (!parentMatches && shownChildren.length === 0) continue
    rows.push({ system: parent, depth: 0 })
    for (const child of [...shownChildren].sort(compare))
      rows.push({ system: child, depth: 1, cluster: parent })
  }
  return rows
}

/** The SVMs that came in implicitly with `cluster` (they go when the cluster is removed). */
export function implicitSvmsOf(cluster: StorageSystem, systems: StorageSystem[]): StorageSystem[] {
  return systems.filter((system) => !isCluster(system) && system.implicit && belongsTo(system, cluster))
}
