import type { InventoryItem } from '../../../components/inventory-picker'

export type BrowsedKind = 'vm' | 'datastore'

/** The object the browser shows, from `?kind=vm&moref=vm-12&name=db01`. */
export function objectFromParams(params: URLSearchParams): {
  kind: BrowsedKind
  object: InventoryItem | null
} {
  const kind: BrowsedKind = params.get('kind') === 'datastore' ? 'datastore' : 'vm'
  const moref = params.get('moref')?.trim()
  if (!moref) return { kind, object: null }
  return { kind, object: { moref, name: params.get('name')?.trim() || moref, kind } }
}
