import { z } from 'zod'
import type { VmdkLocation } from '../../../api'
import { restCall } from '../../../api/rest-call'
import type { InventoryItem } from '../../../components/inventory-picker'
import { attachedDisks, defaultAttachTarget, type ChosenBackup } from '../../../components/recovery'
import { stepDefaults, type WizardStepDef } from '../../../components/wizard'
import { messagesOf } from '../../../lib/forms/form-message'
import { vmBackupStepDef } from '../components/recovery-step-defs'
import { backupRule } from '../components/recovery-rules'

/** Every value of the attach wizard (W9); saved in sessionStorage. */
export interface AttachVmdksValues {
  vm: InventoryItem | null
  backup: ChosenBackup | null
  /** The disks to attach, whole as `vmdkLocationsList` gave them (they go back as `vmdkLocations`). */
  disks: VmdkLocation[]
  /** This VM, or another one (`alternateVmMoref`). */
  target: 'this' | 'alternate' | null
  alternateVm: InventoryItem | null
}

export const ATTACH_VMDKS_STORAGE_KEY = 'scv.wizard.attach-vmdks'

export const emptyAttachVmdksValues = (): AttachVmdksValues => ({
  vm: null,
  backup: null,
  disks: [],
  target: null,
  alternateVm: null,
})

export const afterVm = { backup: null, disks: [], target: null, alternateVm: null }
export const afterBackup = { disks: [] }

/** The disks of a backup that can be attached: not those already attached from it. */
export const attachableDisks = (list: readonly VmdkLocation[]) => {
  const attached = new Set(attachedDisks(list).map((disk) => disk.vmdkPath))
  return list.filter((disk) => !attached.has(disk.vmdkPath))
}

const defaultsOf = stepDefaults<AttachVmdksValues>
const rule = messagesOf('restore')

/** W9's steps: VM, backup (newest, or the browser's), disks, target (this VM proposed), review. */
export function attachVmdksSteps(preferredBackupId: number | null): Array<WizardStepDef<AttachVmdksValues>> {
  return [
    { id: 'vm', fields: ['vm'] },
    vmBackupStepDef(preferredBackupId),
    { id: 'disks', fields: ['disks'] },
    {
      id: 'target',
      fields: ['target', 'alternateVm'],
      proposeDefaults: async ({ vm, target }) => {
        if (!vm || target !== null) return null
        const choice = defaultAttachTarget(vm.name)
        return defaultsOf({ field: 'target', values: { target: choice.value }, choice })
      },
    },
    { id: 'review', fields: [] },
  ]
}

/** W9's rules before any request: no templates (source or target); an alternate VM named and not the same VM. */
export const attachVmdksSchema = z
  .object({
    vm: z
      .custom<InventoryItem | null>()
      .refine((vm) => vm !== null, rule('rules.vmRequired'))
      .refine((vm) => !vm?.isTemplate, rule('attach.rules.template')),
    backup: backupRule,
    disks: z.array(z.custom<VmdkLocation>()).min(1, rule('attach.rules.disksRequired')),
    target: z
      .enum(['this', 'alternate'])
      .nullable()
      .refine((target) => target !== null, rule('attach.rules.targetRequired')),
    alternateVm: z.custom<InventoryItem | null>(),
  })
  .superRefine((values, context) => {
    if (values.target !== 'alternate') return
    const alternate = values.alternateVm
    const message = !alternate
      ? 'attach.rules.alternateRequired'
      : alternate.isTemplate
        ? 'attach.rules.template'
        : alternate.moref === values.vm?.moref
          ? 'attach.rules.alternateSame'
          : null
    if (message) context.addIssue({ code: 'custom', path: ['alternateVm'], message: rule(message) })
  })

/** W9 step 4 exactly as the review shows it and Attach sends it. */
export function attachVmdksCall(values: AttachVmdksValues) {
  if (!values.vm || !values.backup) return null
  const alternate = values.target === 'alternate' && values.alternateVm ? values.alternateVm.moref : undefined
  return restCall('post', '/4.1/vm/{moref}/attachvmdks', {
    params: { path: { moref: values.vm.moref } },
    body: {
      backupId: values.backup.backupId,
      vmdkLocations: values.disks,
      ...(alternate ? { alternateVmMoref: alternate } : {}),
    },
  })
}
