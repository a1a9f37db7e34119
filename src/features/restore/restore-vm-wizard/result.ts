import type { InventoryItem } from '../../../components/inventory-picker'

/** What the result page needs after Restore, kept for this tab so a reload still shows the job and the groups. */
export interface RestoreResult {
  jobId: number | null
  message: string | null
  vm: InventoryItem
  groups: Array<{ id: number; name: string }>
}

const RESULT_KEY = 'scv.restore-vm.result'

export function saveRestoreResult(result: RestoreResult): void {
  try {
    sessionStorage.setItem(RESULT_KEY, JSON.stringify(result))
  } catch {
    // Without storage the result page still works until a reload.
  }
}

export function loadRestoreResult(): RestoreResult | null {
  try {
    const saved = sessionStorage.getItem(RESULT_KEY)
    return saved ? (JSON.parse(saved) as RestoreResult) : null
  } catch {
    return null
  }
}
