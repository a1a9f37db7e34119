import type { ResourceGroup } from '../../../api'
import { compareByColumn, type SortValue } from '../../../lib/sort/compare-by-column'
import {
  directionParam,
  oneOfParam,
  optionalParam,
  pageParam,
  textParam,
  type ParamFields,
  type SortDirection,
} from '../../../lib/url/list-params'

/** The group's kind as the table shows it: from its scope, or from its members when the scope is missing. */
export function groupType(group: ResourceGroup): 'VIRTUAL_MACHINES' | 'DATASTORES' | 'OTHER' {
  if (group.scope === 'VIRTUAL_MACHINES' || group.scope === 'DATASTORES') return group.scope
  const types = new Set((group.entities ?? []).map((entity) => entity.type.toUpperCase()))
  if (types.size === 1 && types.has('VM')) return 'VIRTUAL_MACHINES'
  if (types.size === 1 && types.has('DATASTORE')) return 'DATASTORES'
  return 'OTHER'
}

export const SORTABLE = ['name', 'status', 'type', 'members', 'lastRunTime', 'nextRunTime'] as const
export type SortColumn = (typeof SORTABLE)[number]

/** The table's state, kept in the URL's search params. */
export interface GroupListFilters {
  q: string
  status: string | null
  type: string | null
  lastRun: string | null
  sort: SortColumn
  dir: SortDirection
  page: number
}

/** How the table's state is written in the URL; defaults are left out, so a plain /resource-groups stays plain. */
export const groupListFields: ParamFields<GroupListFilters> = {
  q: textParam('q'),
  status: optionalParam('status'),
  type: optionalParam('type'),
  lastRun: optionalParam('lastRun'),
  sort: oneOfParam('sort', SORTABLE, 'name'),
  dir: directionParam('dir', 'asc'),
  page: pageParam(),
}

const sortValue = (group: ResourceGroup, column: SortColumn): SortValue => {
  switch (column) {
    case 'name':
      return group.name
    case 'status':
      return group.status ?? ''
    case 'type':
      return groupType(group)
    case 'members':
      return group.entities?.length ?? 0
    case 'lastRunTime':
      return group.lastRunTime ? Date.parse(group.lastRunTime) : 0
    case 'nextRunTime':
      return group.nextRunTime ? Date.parse(group.nextRunTime) : Number.MAX_SAFE_INTEGER
  }
}

/** Filters and sorts the groups as the URL says. `lastRun=NEVER` finds groups that never ran. */
export function applyFilters(groups: readonly ResourceGroup[], filters: GroupListFilters): ResourceGroup[] {
  const words = filters.q.trim().toLowerCase().split(/\s+/).filter(Boolean)
  const matching = groups.filter((group) => {
    if (filters.status && group.status !== filters.status) return false
    if (filters.type && groupType(group) !== filters.type) return false
    if (filters.lastRun && (group.lastRunStatus ?? 'NEVER') !== filters.lastRun) return false
    if (words.length === 0) return true
    const text =
      `${group.name} ${group.description ?? ''} ${(group.policies ?? []).map((p) => p.name ?? '').join(' ')}`.toLowerCase()
    return words.every((word) => text.includes(word))
  })
  return matching.sort(compareByColumn((group) => sortValue(group, filters.sort), filters.dir))
}
