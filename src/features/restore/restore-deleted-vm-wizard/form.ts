import { z } from 'zod'
import type { ApiError } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'
import type { WizardStepDef } from '../../../components/wizard'
import { messagesOf } from '../../../lib/forms/form-message'
import {
  emptyRestoreVmValues,
  restoreVmSchemaWith,
  restoreVmSteps,
  type RestoreVmValues,
} from '../restore-vm-wizard/form'

/** A datastore by moref and name. */
export interface DatastoreRef {
  moref: string
  name: string
}

/**
 * The deleted-VM wizard's values: W6's, with `vm.moref` holding the VM's UUID (vCenter no longer has its
 * moref), and the datastore whose backups led to it, when it came that way.
 */
export interface RestoreDeletedVmValues extends RestoreVmValues {
  datastore: DatastoreRef | null
}

export const RESTORE_DELETED_VM_STORAGE_KEY = 'scv.wizard.restore-deleted-vm'

export const emptyRestoreDeletedVmValues = (): RestoreDeletedVmValues => ({
  ...emptyRestoreVmValues(),
  datastore: null,
})

/** What a new VM leaves undecided (the datastore it came through goes with it). */
export const afterDeletedVm = {
  datastore: null,
  backup: null,
  locationType: null,
  locations: [],
  esxHost: '',
  restartVM: null,
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a picked VM is given by UUID (a VM vCenter still has is given by its moref, and W6 restores it). */
export const isGivenByUuid = (vm: InventoryItem | null) => vm !== null && UUID.test(vm.moref)

/**
 * The datastore whose moref the ESXi-host call takes (docs/scv-api.md §5.4, inferred): the one the user came
 * from in the backups browser, or else the first datastore the chosen backup holds (where the VM lived).
 */
export function hostsDatastore(values: Pick<RestoreDeletedVmValues, 'datastore' | 'backup'>) {
  return values.datastore ?? values.backup?.datastores?.[0] ?? null
}

/** W7: W6's steps, with the hosts asked for by the datastore's moref. */
export function restoreDeletedVmSteps(
  preferredBackupId: number | null,
): Array<WizardStepDef<RestoreDeletedVmValues>> {
  return restoreVmSteps<RestoreDeletedVmValues>(
    preferredBackupId,
    (values) => hostsDatastore(values)?.moref ?? null,
  )
}

const rule = messagesOf('restore')

/** W6's rules; the VM must be given by UUID (a VM vCenter still has is restored by W6, in place). */
export const restoreDeletedVmSchema = restoreVmSchemaWith(
  z
    .custom<InventoryItem | null>()
    .refine((vm) => vm !== null, rule('deleted.rules.vmRequired'))
    .refine((vm) => vm === null || isGivenByUuid(vm), rule('deleted.rules.live'))
    .refine((vm) => !vm?.isTemplate, rule('rules.template')),
  { datastore: z.custom<DatastoreRef | null>() },
)

/** Where an appliance refusal belongs: a host or restart problem on the host step, a backup one on its step. */
export function placeDeletedVmError(error: ApiError): { step: string; field?: string } | null {
  const text = error.scvMessage ?? ''
  if (/ESXi host|host '/i.test(text)) return { step: 'host', field: 'esxHost' }
  if (/restartVM|partial/i.test(text)) return { step: 'host', field: 'restartVM' }
  if (/does not contain|Backup '/i.test(text)) return { step: 'backup', field: 'backup' }
  return null
}

/** The URL parameters a link from a datastore's backups brings (routes.restore.deletedVm). */
export const DELETED_VM_PARAMS = ['uuid', 'name', 'datastore', 'datastoreName', 'backupId'] as const

/** The deleted VM (and the datastore and backup it was reached through) a link names, or null. */
export function deletedVmFromParams(params: URLSearchParams) {
  const uuid = params.get('uuid')?.trim()
  if (!uuid || !UUID.test(uuid)) return null
  const moref = params.get('datastore')?.trim()
  const backupId = Number(params.get('backupId'))
  const vm: InventoryItem = {
    moref: uuid.toLowerCase(),
    name: params.get('name')?.trim() || uuid,
    kind: 'vm',
  }
  return {
    vm,
    datastore: moref ? { moref, name: params.get('datastoreName')?.trim() || moref } : null,
    backupId: Number.isInteger(backupId) && backupId > 0 ? backupId : null,
  }
}
