import type { InventoryItem } from '../../../components/inventory-picker'

/** A VM (and backup) chosen before the wizard opened: `?moref=vm-12&name=db01&backupId=42`. */
export interface Preselection {
  vm: InventoryItem
  backupId: number | null
}

export function preselectionFromParams(params: URLSearchParams): Preselection | null {
  const moref = params.get('moref')?.trim()
  if (!moref) return null
  const backupId = Number(params.get('backupId'))
  return {
    vm: { moref, name: params.get('name')?.trim() || moref, kind: 'vm' },
    backupId: Number.isInteger(backupId) && backupId > 0 ? backupId : null,
  }
}
