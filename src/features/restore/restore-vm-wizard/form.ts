import { z } from 'zod'
import type { SnapshotLocation, RestoreVmRequest } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'
import type { RestCall, WizardStep } from '../../../components/wizard'

export type LocationType = 'PRIMARY' | 'SECONDARY'

/** What the review needs to know about the chosen backup, kept so a reload does not need the list again. */
export interface ChosenBackup {
  backupId: number
  backupName: string
  createdTime: string
  partial: boolean
}

/** Every value of the restore-VM wizard; saved in sessionStorage so a reload or a re-login keeps it. */
export interface RestoreVmValues {
  vm: InventoryItem | null
  backup: ChosenBackup | null
  /** Primary or secondary: every snapshot location of that kind goes into `restoreLocations`. */
  locationType: LocationType | null
  locations: SnapshotLocation[]
  esxHost: string
  restartVM: boolean
}

export const RESTORE_VM_STORAGE_KEY = 'scv.wizard.restore-vm'

export const emptyRestoreVmValues = (): RestoreVmValues => ({
  vm: null,
  backup: null,
  locationType: null,
  locations: [],
  esxHost: '',
  // SCV's restore dialog leaves "Restart VM" unchecked for an existing VM.
  restartVM: false,
})

export const RESTORE_VM_STEPS: ReadonlyArray<WizardStep<RestoreVmValues>> = [
  { id: 'vm', fields: ['vm'] },
  { id: 'backup', fields: ['backup'] },
  { id: 'location', fields: ['locationType'] },
  { id: 'host', fields: ['esxHost', 'restartVM'] },
  { id: 'review', fields: [] },
]

/**
 * The SCV rules, checked before any request. Messages are i18n keys of the `restore` namespace.
 * - templates cannot be restored;
 * - a partial backup must be restored with restartVM false.
 */
export const restoreVmSchema = z
  .object({
    vm: z
      .custom<InventoryItem | null>()
      .refine((vm) => vm !== null, 'rules.vmRequired')
      .refine((vm) => !vm?.isTemplate, 'rules.template'),
    backup: z.custom<ChosenBackup | null>().refine((backup) => backup !== null, 'rules.backupRequired'),
    locationType: z
      .enum(['PRIMARY', 'SECONDARY'])
      .nullable()
      .refine((type) => type !== null, 'rules.locationRequired'),
    locations: z.array(z.custom<SnapshotLocation>()),
    esxHost: z.string().trim().min(1, 'rules.hostRequired'),
    restartVM: z.boolean(),
  })
  .superRefine((values, context) => {
    if (values.backup?.partial && values.restartVM) {
      context.addIssue({ code: 'custom', path: ['restartVM'], message: 'rules.partialRestart' })
    }
  })

/** The body of W6 step 5, built from steps 3 and 4. */
export function toRestoreVmRequest(values: RestoreVmValues): RestoreVmRequest {
  return {
    restoreLocations: values.locations.map((location) => ({
      restoreFromLocation: location,
      esxHost: values.esxHost,
    })),
    // A partial backup must not restart the VM (scv-api.md W6), whatever was stored.
    restartVM: values.backup?.partial ? false : values.restartVM,
  }
}

/** The snapshot locations of one kind; an entry that does not say its kind counts as primary. */
export function locationsOfType(list: SnapshotLocation[], type: LocationType): SnapshotLocation[] {
  return list.filter((location) => (location.locationType ?? 'PRIMARY') === type)
}

/** The exact call the review shows and Restore sends. */
export function restoreRestCall(values: RestoreVmValues): RestCall | null {
  if (!values.vm || !values.backup) return null
  return {
    method: 'POST',
    path: `/4.1/vm/${encodeURIComponent(values.vm.moref)}/backups/${values.backup.backupId}/restore`,
    body: toRestoreVmRequest(values),
  }
}
