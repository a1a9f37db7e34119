import { $api } from '../../../api'

/** Query options for the storage systems, defined once and reused by the page and by invalidation. */
export const storageSystemQueries = {
  /** `GET /4.1/storage-system` (getSvmAll): clusters and SVMs in one list. */
  list: () => $api.queryOptions('get', '/4.1/storage-system'),
}

/** Key prefix of every storage-system read; mutations invalidate by it. */
export const storageSystemQueryKey = ['get', '/4.1/storage-system'] as const
