// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { ResourceGroup } from '../../../api'
import { readListParams, writeListParams } from '../../../lib/url/list-params'
import { applyFilters, groupListFields } from './group-list'

const readFilters = (params: URLSearchParams) => readListParams(groupListFields, params)
const writeFilters = (filters: ReturnType<typeof readFilters>) => writeListParams(groupListFields, filters)

const groups: ResourceGroup[] = [
  {
    id: 1,
    name: 'RG_b',
    status: 'PRODUCTION',
    scope: 'VIRTUAL_MACHINES',
    lastRunStatus: 'FAILED',
    entities: [],
  },
  {
    id: 2,
    name: 'RG_a',
    status: 'UNDER_MAINTENANCE',
    scope: 'DATASTORES',
    lastRunStatus: null,
    description: 'finance',
  },
  {
    id: 3,
    name: 'RG_c',
    status: 'PRODUCTION',
    entities: [{ moref: 'vm-1', name: 'a', type: 'VM' }],
    lastRunStatus: 'SUCCESSFUL',
    policies: [{ id: 4, name: 'Nightly' }],
  },
]

describe('the resource-group table state', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const filters = readFilters(new URLSearchParams('q=fin&status=PRODUCTION&sort=members&dir=desc&page=2'))
    expect(filters).toEqual({
      q: 'fin',
      status: 'PRODUCTION',
      type: null,
      lastRun: null,
      sort: 'members',
      dir: 'desc',
      page: 2,
    })
    expect(writeFilters(filters).toString()).toBe('q=fin&status=PRODUCTION&sort=members&dir=desc&page=2')
    expect(writeFilters(readFilters(new URLSearchParams('sort=bogus&page=-3'))).toString()).toBe('')
  })

  it('filters by status, type (scope or members), last run (NEVER too) and words in name, description or policy', () => {
    const names = (query: string) =>
      applyFilters(groups, readFilters(new URLSearchParams(query))).map((g) => g.name)
    expect(names('')).toEqual(['RG_a', 'RG_b', 'RG_c'])
    expect(names('status=PRODUCTION')).toEqual(['RG_b', 'RG_c'])
    expect(names('type=VIRTUAL_MACHINES')).toEqual(['RG_b', 'RG_c'])
    expect(names('lastRun=NEVER')).toEqual(['RG_a'])
    expect(names('q=finance')).toEqual(['RG_a'])
    expect(names('q=nightly')).toEqual(['RG_c'])
    expect(names('dir=desc')).toEqual(['RG_c', 'RG_b', 'RG_a'])
  })
})
