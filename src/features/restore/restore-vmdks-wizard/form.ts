import { z } from 'zod'
import type { SnapshotLocation, VmdkLocation } from '../../../api'
import { restCall } from '../../../api/rest-call'
import type { ApiError } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'
import {
  attachedDisks,
  defaultDatastores,
  type ChosenBackup,
  type LocationType,
} from '../../../components/recovery'
import { stepDefaults, type WizardStepDef } from '../../../components/wizard'
import { messagesOf } from '../../../lib/forms/form-message'
import { vmBackupQueries } from '../../../api/resources'
import { proposedHost, snapshotLocationStepDef, vmBackupStepDef } from '../components/recovery-step-defs'
import { backupRule, locationRules, vmNotTemplateRule } from '../components/recovery-rules'

/** Every value of the VMDK restore (W8); saved in sessionStorage so a reload or a re-login keeps it. */
export interface RestoreVmdksValues {
  vm: InventoryItem | null
  backup: ChosenBackup | null
  locationType: LocationType | null
  locations: SnapshotLocation[]
  /** The disks to restore, whole as `vmdkLocationsList` gave them (they go back as `vmdkToRestore`). */
  disks: VmdkLocation[]
  /** Destination datastore name per disk (`vmdkPath` → a name of `DatastoreNameList`). */
  targets: Record<string, string>
  esxHost: string
}

export const RESTORE_VMDKS_STORAGE_KEY = 'scv.wizard.restore-vmdks'

export const emptyRestoreVmdksValues = (): RestoreVmdksValues => ({
  vm: null,
  backup: null,
  locationType: null,
  locations: [],
  disks: [],
  targets: {},
  esxHost: '',
})

/** What a new VM, or a new backup, leaves undecided. */
export const afterVm = {
  backup: null,
  locationType: null,
  locations: [],
  disks: [],
  targets: {},
  esxHost: '',
}
export const afterBackup = { locationType: null, locations: [], targets: {} }

/** The disks a VMDK restore can pick: the VM's own, not those attached to it from backups. */
export const restorableDisks = (list: readonly VmdkLocation[]) => {
  const attached = new Set(attachedDisks(list).map((disk) => disk.vmdkPath))
  return list.filter((disk) => !attached.has(disk.vmdkPath))
}

const defaultsOf = stepDefaults<RestoreVmdksValues>
const rule = messagesOf('restore')

/**
 * The seven steps of W8 and their defaults: the newest backup (or the one chosen in the browser), the primary
 * snapshot, the only disk when the VM has one, each disk's own datastore, the VM's current host. Each reads
 * with the step's own query options, so every W8 call is made once, in order.
 */
export function restoreVmdksSteps(
  preferredBackupId: number | null,
): Array<WizardStepDef<RestoreVmdksValues>> {
  return [
    { id: 'vm', fields: ['vm'] },
    vmBackupStepDef(preferredBackupId),
    snapshotLocationStepDef(),
    {
      id: 'disks',
      fields: ['disks'],
      proposeDefaults: async ({ vm }, { queryClient }) => {
        if (!vm) return null
        const list = await queryClient.fetchQuery(vmBackupQueries.vmVmdkLocations(vm.moref))
        const disks = restorableDisks(list.response.vmdkLocationsList)
        const only = disks[0]
        // Which disks to restore is the user's decision, unless the VM has one.
        if (disks.length !== 1 || !only) return null
        const message = rule('vmdks.defaults.onlyDisk', { disk: only.diskName ?? only.vmdkPath })
        const choice = { reasons: [message], onlyChoice: true, summary: only.diskName ?? only.vmdkPath }
        return defaultsOf({ field: 'disks', values: { disks: [only] }, choice })
      },
    },
    {
      id: 'datastores',
      fields: ['targets'],
      proposeDefaults: async ({ vm, backup, disks }, { queryClient }) => {
        if (!vm || !backup) return null
        const list = await queryClient.fetchQuery(
          vmBackupQueries.availableDatastores(vm.moref, backup.backupId),
        )
        const choice = defaultDatastores(disks, list.response.DatastoreNameList)
        return choice && defaultsOf({ field: 'targets', values: { targets: choice.value }, choice })
      },
    },
    {
      id: 'host',
      fields: ['esxHost'],
      proposeDefaults: async ({ vm }, { queryClient }) => {
        if (!vm) return null
        const host = await proposedHost(queryClient, vm.moref)
        return host && defaultsOf(host)
      },
    },
    { id: 'review', fields: [] },
  ]
}

/** The SCV rules of W8 checked before any request: no templates; every chosen disk has a destination. */
export const restoreVmdksSchema = z
  .object({
    vm: vmNotTemplateRule,
    backup: backupRule,
    ...locationRules,
    disks: z.array(z.custom<VmdkLocation>()).min(1, rule('vmdks.rules.disksRequired')),
    targets: z.record(z.string(), z.string()),
    esxHost: z.string().trim().min(1, rule('rules.hostRequired')),
  })
  .superRefine((values, context) => {
    const missing = values.disks.filter((disk) => !values.targets[disk.vmdkPath])
    if (missing.length > 0) {
      const names = missing.map((disk) => disk.diskName ?? disk.vmdkPath).join(', ')
      context.addIssue({
        code: 'custom',
        path: ['targets'],
        message: rule('vmdks.rules.targetRequired', { names }),
      })
    }
    // A vVol VM's disks can only go back to their own datastore (scv-api.md §4).
    const moved = values.vm?.isVvol
      ? values.disks.filter(
          (disk) => values.targets[disk.vmdkPath] && values.targets[disk.vmdkPath] !== disk.datastore,
        )
      : []
    if (moved.length > 0) {
      context.addIssue({ code: 'custom', path: ['targets'], message: rule('vmdks.rules.vvol') })
    }
  })

/** The snapshot location a disk is restored from: the one of the chosen kind on the disk's datastore. */
export function locationFor(
  disk: VmdkLocation,
  locations: readonly SnapshotLocation[],
): SnapshotLocation | undefined {
  return locations.find((location) => location.datastore === disk.datastore) ?? locations[0]
}

/** W8 step 7 exactly as the review shows it and Restore sends it: one `vmdkRestoreLocations` entry per disk. */
export function restoreVmdksCall(values: RestoreVmdksValues) {
  if (!values.vm || !values.backup) return null
  return restCall('post', '/4.1/vm/{moref}/backups/{backupId}/restorevmdks', {
    params: { path: { moref: values.vm.moref, backupId: values.backup.backupId } },
    body: {
      esxHost: values.esxHost,
      vmdkRestoreLocations: values.disks.flatMap((disk) => {
        const from = locationFor(disk, values.locations)
        return from
          ? [
              {
                restoreFromLocation: from,
                vmdkToRestore: disk,
                restoreToDatastore: values.targets[disk.vmdkPath] ?? '',
              },
            ]
          : []
      }),
    },
  })
}

/** Where an appliance refusal of the VMDK restore belongs: the step whose choice it names. */
export function placeVmdksError(error: ApiError): { step: string; field?: string } | null {
  const text = error.scvMessage ?? ''
  if (/free space|Datastore/i.test(text)) return { step: 'datastores', field: 'targets' }
  if (/VMDK/i.test(text)) return { step: 'disks', field: 'disks' }
  if (/ESXi host/i.test(text)) return { step: 'host', field: 'esxHost' }
  return null
}

/** Free space of the offered datastores, by name, when the appliance reports it. */
export type DatastoreSpace = ReadonlyArray<{ name: string; freeBytes: number; capacityBytes: number }>

/**
 * Destinations without room for the disks sent there (a disk restored onto its own datastore replaces itself
 * and needs none): each with what is needed and what is free. Empty when the appliance reports no space.
 */
export function spaceShortages(
  disks: readonly VmdkLocation[],
  targets: Record<string, string>,
  space: DatastoreSpace | undefined,
): Array<{ datastore: string; neededBytes: number; freeBytes: number }> {
  if (!space) return []
  const needed = new Map<string, number>()
  for (const disk of disks) {
    const target = targets[disk.vmdkPath]
    if (!target || target === disk.datastore) continue
    needed.set(target, (needed.get(target) ?? 0) + (disk.capacityBytes ?? 0))
  }
  return [...needed].flatMap(([datastore, neededBytes]) => {
    const free = space.find((entry) => entry.name === datastore)?.freeBytes
    return free !== undefined && neededBytes > free ? [{ datastore, neededBytes, freeBytes: free }] : []
  })
}
