import type { InventoryItem } from '../../../components/inventory-picker'

/** The URL carries moref and name only; the inventory knows whether the VM is a template or a vVol VM. */
export function withInventoryFlags(item: InventoryItem, known: readonly InventoryItem[]): InventoryItem {
  const match = known.find((candidate) => candidate.moref === item.moref)
  return match ? { ...match, ...item, isTemplate: match.isTemplate, isVvol: match.isVvol } : item
}
