export { InventoryPicker, type InventoryPickerProps } from './inventory-picker'
export { InventoryBadges } from './inventory-badges'
export {
  collectInventory,
  searchInventory,
  parseMorefEntry,
  type InventoryItem,
  type InventoryKind,
  type InventorySources,
} from './inventory-items'
export { useInventory } from './use-inventory'
