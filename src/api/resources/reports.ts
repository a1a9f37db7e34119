import { freshness, resourceQuery, type Freshness } from './query'

/**
 * The protection reports: which VMs are protected and which are not. The dashboard counts them; the
 * inventory picker offers their VMs by name (SCV has no "list all VMs" call), with `freshness: 'stable'`.
 */
export const reportQueries = {
  protectedVms: ({ freshness: fresh }: { freshness?: Freshness } = {}) =>
    resourceQuery('get', '/4.1/reports/protectedVM', undefined, freshness(fresh)),
  unprotectedVms: ({ freshness: fresh }: { freshness?: Freshness } = {}) =>
    resourceQuery('get', '/4.1/reports/unProtectedVM', undefined, freshness(fresh)),
}
