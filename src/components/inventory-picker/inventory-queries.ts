import { $api } from '../../api'

/**
 * The inventory does not change while someone picks from it; keep it for five minutes so a picker on every
 * wizard step does not refetch three lists each time.
 */
const INVENTORY_STALE_TIME = 5 * 60_000

/**
 * Where the picker finds names. SCV has no "list all VMs" call, so the picker joins what the appliance
 * reports: resource-group members and the protected / unprotected VM reports. Defined here (not in a
 * feature) because the picker is shared.
 */
export const inventoryQueries = {
  resourceGroups: () => ({
    ...$api.queryOptions('get', '/4.1/resource-groups'),
    staleTime: INVENTORY_STALE_TIME,
  }),
  protectedVms: () => ({
    ...$api.queryOptions('get', '/4.1/reports/protectedVM'),
    staleTime: INVENTORY_STALE_TIME,
  }),
  unprotectedVms: () => ({
    ...$api.queryOptions('get', '/4.1/reports/unProtectedVM'),
    staleTime: INVENTORY_STALE_TIME,
  }),
}
