// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { filterAndSortPolicies, groupsUsingPolicy } from './policy-list'
import type { Policy } from './policy-form'

const policies: Policy[] = [
  { id: 1, name: 'Hourly_Primary', frequency: 'HOURLY', retention: { type: 'COUNT', value: 48 } },
  {
    id: 2,
    name: 'Daily_SnapVault',
    description: 'vault to DR',
    frequency: 'DAILY',
    retention: { type: 'COUNT', value: 30 },
    updateSnapVault: true,
  },
  {
    id: 3,
    name: 'Monthly_Locked',
    frequency: 'MONTHLY',
    retention: { type: 'COUNT', value: 12 },
    lockingPeriod: { primary: { value: 1, unit: 'YEARS' }, secondary: null },
  },
  {
    id: 4,
    name: 'Weekly_Locked',
    frequency: 'WEEKLY',
    retention: { type: 'COUNT', value: 8 },
    lockingPeriod: { primary: { value: 90, unit: 'DAYS' }, secondary: null },
  },
]

const names = (list: Policy[]) => list.map((policy) => policy.name)

describe('filterAndSortPolicies', () => {
  it('searches names and descriptions, case-insensitively', () => {
    expect(names(filterAndSortPolicies(policies, { search: 'DR', sort: 'name', direction: 'asc' }))).toEqual([
      'Daily_SnapVault',
    ])
    expect(
      names(filterAndSortPolicies(policies, { search: 'locked', sort: 'name', direction: 'asc' })),
    ).toEqual(['Monthly_Locked', 'Weekly_Locked'])
  })

  it('sorts by retention, booleans and lock length', () => {
    expect(
      names(filterAndSortPolicies(policies, { search: '', sort: 'retention', direction: 'desc' }))[0],
    ).toBe('Hourly_Primary')
    expect(
      names(filterAndSortPolicies(policies, { search: '', sort: 'updateSnapVault', direction: 'desc' }))[0],
    ).toBe('Daily_SnapVault')
    expect(
      names(filterAndSortPolicies(policies, { search: '', sort: 'locking', direction: 'desc' })),
    ).toEqual(['Monthly_Locked', 'Weekly_Locked', 'Daily_SnapVault', 'Hourly_Primary'])
  })
})

describe('groupsUsingPolicy', () => {
  it('names the groups that have the policy attached', () => {
    const groups = [
      { name: 'RG_A', policies: [{ id: 1 }, { id: 2 }] },
      { name: 'RG_B', policies: [{ id: 2 }] },
      { name: 'RG_C' },
    ]
    expect(groupsUsingPolicy(2, groups)).toEqual(['RG_A', 'RG_B'])
    expect(groupsUsingPolicy(9, groups)).toEqual([])
  })
})
