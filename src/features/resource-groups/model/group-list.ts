import type { ResourceGroup } from '../../../api'

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

/** The table's state, read from and written to the URL's search params. */
export interface GroupListFilters {
  q: string
  status: string | null
  type: string | null
  lastRun: string | null
  sort: SortColumn
  dir: 'asc' | 'desc'
  page: number
}

export function readFilters(params: URLSearchParams): GroupListFilters {
  const sort = params.get('sort')
  const page = Number(params.get('page'))
  return {
    q: params.get('q') ?? '',
    status: params.get('status'),
    type: params.get('type'),
    lastRun: params.get('lastRun'),
    sort: (SORTABLE as readonly string[]).includes(sort ?? '') ? (sort as SortColumn) : 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** Only what differs from the defaults goes into the URL, so a plain /resource-groups stays plain. */
export function writeFilters(filters: GroupListFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.status) params.set('status', filters.status)
  if (filters.type) params.set('type', filters.type)
  if (filters.lastRun) params.set('lastRun', filters.lastRun)
  if (filters.sort !== 'name') params.set('sort', filters.sort)
  if (filters.dir !== 'asc') params.set('dir', filters.dir)
  if (filters.page > 1) params.set('page', String(filters.page))
  return params
}

const sortValue = (group: ResourceGroup, column: SortColumn): string | number => {
  switch (column) {
    case 'name':
      return group.name.toLowerCase()
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
  const direction = filters.dir === 'asc' ? 1 : -1
  return matching.sort((a, b) => {
    const left = sortValue(a, filters.sort)
    const right = sortValue(b, filters.sort)
    if (left < right) return -direction
    if (left > right) return direction
    return a.name.localeCompare(b.name)
  })
}
