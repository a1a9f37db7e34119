import type { Backup } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'

/**
 * Whether the browser offers "Restore this VM…" for a backup: only actions that can work are shown. A template
 * cannot be restored (docs/scv-api.md §4) and a failed backup has nothing to restore.
 */
export function canRestoreVm(
  vm: InventoryItem,
  backup: Backup,
): { ok: true } | { ok: false; reason: 'template' | 'failed' } {
  if (vm.isTemplate) return { ok: false, reason: 'template' }
  if (backup.status === 'FAILED') return { ok: false, reason: 'failed' }
  return { ok: true }
}
