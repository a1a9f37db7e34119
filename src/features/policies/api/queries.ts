import { $api } from '../../../api'

/** Query options for what the policies page reads, defined once and reused by the page and invalidation. */
export const policyQueries = {
  /** `GET /4.1/policies`. */
  list: () => $api.queryOptions('get', '/4.1/policies'),
  /**
   * `GET /4.1/resource-groups`, read to tell which groups use a policy (SCV refuses to delete a policy that is
   * still attached). Same key as the resource-groups page, so the two share one cache entry.
   */
  resourceGroups: () => $api.queryOptions('get', '/4.1/resource-groups'),
}

/** Key prefix of every policy read; mutations invalidate by it. */
export const policyQueryKey = ['get', '/4.1/policies'] as const
