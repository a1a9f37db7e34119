import type { components } from '../../../api'

type ProtectedVm = components['schemas']['ProtectedVm']
type UnprotectedVm = components['schemas']['UnprotectedVm']

export const PROTECTED_STATUSES = ['SUCCESSFUL', 'WARNING', 'FAILED'] as const

/** Protected VMs whose last backup has one of `statuses` (all when empty) and that are in `group` (by name). */
export function filterProtected(
  vms: readonly ProtectedVm[],
  { statuses, group }: { statuses: readonly string[]; group: string | null },
): ProtectedVm[] {
  return vms.filter(
    (vm) =>
      (statuses.length === 0 || statuses.includes(String(vm.lastBackupStatus ?? ''))) &&
      (group === null || vm.resourceGroupName === group),
  )
}

/** The group filter's value for "in no resource group": SCV forbids `-` in names, so no group is called that. */
export const NO_GROUP = '-'

export const UNPROTECTED_KINDS = ['all', 'never', 'stale'] as const
export type UnprotectedKind = (typeof UNPROTECTED_KINDS)[number]

/** Unprotected VMs: never backed up, backed up only before the window, or both; optionally of one group. */
export function filterUnprotected(
  vms: readonly UnprotectedVm[],
  { kind, group }: { kind: UnprotectedKind; group: string | null },
): UnprotectedVm[] {
  return vms.filter(
    (vm) =>
      (kind === 'all' || (kind === 'never') === !vm.lastBackupTime) &&
      (group === null || (group === NO_GROUP ? !vm.resourceGroupName : vm.resourceGroupName === group)),
  )
}

/** The group names that occur in a report, sorted, for its group filter. */
export function groupNamesIn(vms: readonly { resourceGroupName?: string | null }[]): string[] {
  const names = new Set<string>()
  for (const vm of vms) if (vm.resourceGroupName) names.add(vm.resourceGroupName)
  return [...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
}

/** What the search box matches in a VM row. */
export function searchTextOfVm(vm: {
  name: string
  moref: string
  resourceGroupName?: string | null
  policyName?: string | null
  lastBackupName?: string | null
}): string {
  return [vm.name, vm.moref, vm.resourceGroupName, vm.policyName, vm.lastBackupName].filter(Boolean).join(' ')
}

/** How the VM reports key, search and first sort their rows (by name). */
export const VM_ROWS = {
  rowKey: (vm: { moref: string }) => vm.moref,
  searchText: searchTextOfVm,
  defaultSort: { key: 'name', dir: 'asc' },
} as const
