import type { InventoryItem, InventoryKind } from '../inventory-picker'

/** An object (and a backup) chosen before a recovery wizard opened: `?moref=vm-12&name=db01&backupId=42`. */
export interface Preselection {
  item: InventoryItem
  backupId: number | null
}

/** The URL parameters a preselection travels in; the wizard removes them once it has taken them. */
export const PRESELECTION_PARAMS = ['moref', 'name', 'backupId'] as const

export function preselectionFromParams(params: URLSearchParams, kind: InventoryKind): Preselection | null {
  const moref = params.get('moref')?.trim()
  if (!moref) return null
  const backupId = Number(params.get('backupId'))
  return {
    item: { moref, name: params.get('name')?.trim() || moref, kind },
    backupId: Number.isInteger(backupId) && backupId > 0 ? backupId : null,
  }
}
