import { compareByColumn, type SortValue } from '../../../lib/sort/compare-by-column'
import { idParam, tableFields, type SortDirection } from '../../../lib/url/list-params'
import type { Policy } from './policy-form'

export const POLICY_SORT_KEYS = [
  'name',
  'frequency',
  'retention',
  'vmConsistency',
  'includeIndependentDisks',
  'updateSnapMirror',
  'updateSnapVault',
  'locking',
] as const
export type PolicySortKey = (typeof POLICY_SORT_KEYS)[number]

/** The list's search, sort and the policy whose details are open, in the URL (`?q=&sort=&dir=&open=`). */
export const policyListFields = { ...tableFields(POLICY_SORT_KEYS, 'name'), open: idParam('open') }

const LOCK_UNIT_DAYS = { DAYS: 1, MONTHS: 30, YEARS: 365 } as const

function sortValue(policy: Policy, key: PolicySortKey): SortValue {
  switch (key) {
    case 'name':
      return policy.name
    case 'frequency':
      return policy.frequency ?? ''
    case 'retention':
      return policy.retention?.value ?? 0
    case 'locking': {
      const primary = policy.lockingPeriod?.primary
      // Compare lock periods by their rough length in days.
      return primary ? primary.value * LOCK_UNIT_DAYS[primary.unit] : 0
    }
    default:
      return policy[key] ? 1 : 0
  }
}

/** The policies matching `search` (name or description), sorted by a column; ties fall back to the name. */
export function filterAndSortPolicies(
  policies: Policy[],
  { search, sort, direction }: { search: string; sort: PolicySortKey; direction: SortDirection },
): Policy[] {
  const needle = search.trim().toLowerCase()
  return policies
    .filter(
      (policy) =>
        !needle ||
        policy.name.toLowerCase().includes(needle) ||
        (policy.description ?? '').toLowerCase().includes(needle),
    )
    .sort(compareByColumn((policy) => sortValue(policy, sort), direction))
}

/** The names of the resource groups that use `policyId` (SCV refuses to delete a policy while any does). */
export function groupsUsingPolicy(
  policyId: number,
  groups: { name: string; policies?: { id: number }[] }[],
): string[] {
  return groups
    .filter((group) => group.policies?.some((policy) => policy.id === policyId))
    .map((group) => group.name)
}
