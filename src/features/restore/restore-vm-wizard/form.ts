import { z } from 'zod'
import type { RestoreVmRequest, SnapshotLocation } from '../../../api'
import { restCall } from '../../../api/rest-call'
import type { InventoryItem } from '../../../components/inventory-picker'
import { defaultRestart, type ChosenBackup, type LocationType } from '../../../components/recovery'
import { stepDefaults, type WizardStepDef } from '../../../components/wizard'
import { messagesOf } from '../../../lib/forms/form-message'
import { proposedHost, snapshotLocationStepDef, vmBackupStepDef } from '../components/recovery-step-defs'
import { backupRule, locationRules, vmNotTemplateRule } from '../components/recovery-rules'

/** Every value of the restore-VM wizard; saved in sessionStorage so a reload or a re-login keeps it. */
export interface RestoreVmValues {
  vm: InventoryItem | null
  backup: ChosenBackup | null
  /** Primary or secondary: every snapshot location of that kind goes into `restoreLocations`. */
  locationType: LocationType | null
  locations: SnapshotLocation[]
  esxHost: string
  /** Null until decided (a default is proposed with its reason). */
  restartVM: boolean | null
}

export const RESTORE_VM_STORAGE_KEY = 'scv.wizard.restore-vm'

export const emptyRestoreVmValues = (): RestoreVmValues => ({
  vm: null,
  backup: null,
  locationType: null,
  locations: [],
  esxHost: '',
  restartVM: null,
})

/** What a new VM, or a new backup, leaves undecided: everything after it depends on it. */
export const afterVm = { backup: null, locationType: null, locations: [], esxHost: '', restartVM: null }
export const afterBackup = { locationType: null, locations: [], restartVM: null }

/**
 * The five steps (W6) and the defaults each proposes: the newest backup that can be restored (or the one chosen
 * in the backups browser), the primary snapshot, the VM's current host, restart as the rules allow. The reads
 * use the very query options the steps' own `useQuery` uses, so each W6 call is made once, in order.
 */
export function restoreVmSteps<V extends RestoreVmValues = RestoreVmValues>(
  preferredBackupId: number | null,
  /** The moref the ESXi-host call takes: the VM's (W6); a deleted VM has none and passes a datastore's (W7). */
  hostsMoref: (values: V) => string | null = (values) => values.vm?.moref ?? null,
): Array<WizardStepDef<V>> {
  const steps: Array<WizardStepDef<RestoreVmValues>> = [
    { id: 'vm', fields: ['vm'] },
    vmBackupStepDef(preferredBackupId),
    snapshotLocationStepDef(),
    {
      id: 'host',
      fields: ['esxHost', 'restartVM'],
      proposeDefaults: async (values, { queryClient }) => {
        const { backup, esxHost, restartVM } = values
        // The step runs on the wizard's own values (V), of which these are the W6 part.
        const moref = hostsMoref(values as V)
        if (!moref) return null
        const restart = defaultRestart(backup)
        const restartPart = {
          field: 'restartVM' as const,
          values: { restartVM: restart.value },
          choice: restart,
        }
        if (esxHost) return restartVM === null ? defaultsOf(restartPart) : null
        const host = await proposedHost(queryClient, moref)
        if (!host) return null
        return restartVM === null ? defaultsOf(host, restartPart) : defaultsOf(host)
      },
    },
    { id: 'review', fields: [] },
  ]
  // Every step reads and sets only the W6 fields, which V has.
  return steps as unknown as Array<WizardStepDef<V>>
}

const defaultsOf = stepDefaults<RestoreVmValues>

const rule = messagesOf('restore')

const restoreVmRules = {
  vm: vmNotTemplateRule,
  backup: backupRule,
  ...locationRules,
  esxHost: z.string().trim().min(1, rule('rules.hostRequired')),
  restartVM: z
    .boolean()
    .nullable()
    .refine((restart) => restart !== null, rule('rules.restartRequired')),
}

/** A partial backup must be restored with restartVM false (W6, W7). */
function partialRestartRule(
  values: Pick<RestoreVmValues, 'backup' | 'restartVM'>,
  context: z.RefinementCtx,
): void {
  if (values.backup?.partial && values.restartVM) {
    context.addIssue({ code: 'custom', path: ['restartVM'], message: rule('rules.partialRestart') })
  }
}

/**
 * The SCV rules, checked before any request (messages are form messages of the `restore` namespace):
 * templates cannot be restored; a partial backup must be restored with restartVM false. `vm` may be
 * replaced (a deleted VM is given by UUID, W7); `extra` adds the wizard's own fields.
 */
export function restoreVmSchemaWith(
  vm: z.ZodType<InventoryItem | null> = restoreVmRules.vm,
  extra: z.ZodRawShape = {},
) {
  return z.object({ ...restoreVmRules, vm, ...extra }).superRefine(partialRestartRule)
}

export const restoreVmSchema = restoreVmSchemaWith()

/** The body of W6 step 5, built from steps 3 and 4. */
function toRestoreVmRequest(values: RestoreVmValues): RestoreVmRequest {
  return {
    restoreLocations: values.locations.map((location) => ({
      restoreFromLocation: location,
      esxHost: values.esxHost,
    })),
    // A partial backup must not restart the VM (docs/scv-api.md W6), whatever was stored.
    restartVM: values.backup?.partial ? false : values.restartVM === true,
  }
}

/** W6 step 5, exactly as the review shows it and Restore sends it. */
export function restoreCall(values: RestoreVmValues) {
  if (!values.vm || !values.backup) return null
  return restCall('post', '/4.1/vm/{moref}/backups/{backupId}/restore', {
    params: { path: { moref: values.vm.moref, backupId: values.backup.backupId } },
    body: toRestoreVmRequest(values),
  })
}
