import type { InventoryItem } from '../../components/inventory-picker'

/** What the result page needs after Restore, kept for this tab so a reload still shows the job and the groups. */
export interface RestoreResult {
  jobId: number | null
  message: string | null
  vm: InventoryItem
  groups: Array<{ id: number; name: string }>
}

/** `useWizardResult` key of the restore-VM wizard. */
export const RESTORE_RESULT = 'restore-vm'
