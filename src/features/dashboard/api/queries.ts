import { $api } from '../../../api'

/**
 * What the dashboard reads. The keys are the same `['get', path]` keys the feature pages use, so opening
 * the dashboard warms their caches and their mutations' invalidations refresh it.
 */
export const dashboardQueries = {
  resourceGroups: () => $api.queryOptions('get', '/4.1/resource-groups'),
  policies: () => $api.queryOptions('get', '/4.1/policies'),
  storageSystems: () => $api.queryOptions('get', '/4.1/storage-system'),
  protectedVms: () => $api.queryOptions('get', '/4.1/reports/protectedVM'),
  unprotectedVms: () => $api.queryOptions('get', '/4.1/reports/unProtectedVM'),
}
