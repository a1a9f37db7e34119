import { z } from 'zod'
import type { SnapshotLocation } from '../../../api'
import { restCall } from '../../../api/rest-call'
import { datastoreBackupQueries } from '../../../api/resources'
import type { InventoryItem } from '../../../components/inventory-picker'
import {
  defaultBackup,
  defaultHost,
  defaultLocation,
  type ChosenBackup,
  type LocationType,
} from '../../../components/recovery'
import { stepDefaults, type WizardStepDef } from '../../../components/wizard'
import { messagesOf } from '../../../lib/forms/form-message'

/** Every value of the mount wizard; saved in sessionStorage so a reload or a re-login keeps it. */
export interface MountValues {
  datastore: InventoryItem | null
  backup: ChosenBackup | null
  locationType: LocationType | null
  /** The `snapshotLocationsList` item of the chosen datastore and kind: its `datastore` and `location` are sent. */
  location: SnapshotLocation | null
  esxHostName: string
}

export const MOUNT_STORAGE_KEY = 'scv.wizard.mount'

export const emptyMountValues = (): MountValues => ({
  datastore: null,
  backup: null,
  locationType: null,
  location: null,
  esxHostName: '',
})

/** What a new datastore, or a new backup, leaves undecided. */
export const afterDatastore = { backup: null, locationType: null, location: null, esxHostName: '' }
export const afterBackup = { locationType: null, location: null }

/** Mount is for traditional datastores only (docs/scv-api.md §4). */
export const isVvolDatastore = (item: InventoryItem | null) =>
  item?.isVvol === true || item?.datastoreType?.toUpperCase() === 'VVOL'

/** A backup of several datastores has locations for each: the mount takes the chosen datastore's. */
export function locationsOfDatastore(list: readonly SnapshotLocation[], datastore: InventoryItem | null) {
  return list.filter((location) => location.datastore === datastore?.name)
}

const rule = messagesOf('mounts')
const defaultsOf = stepDefaults<MountValues>

/**
 * W11's steps and the defaults each proposes: the newest mountable backup, the primary snapshot, the host that
 * mounts the datastore now (its original host). The reads use the steps' own query options, so each W11 call
 * is made once, in order.
 */
export function mountSteps(): Array<WizardStepDef<MountValues>> {
  return [
    { id: 'datastore', fields: ['datastore'] },
    {
      id: 'backup',
      fields: ['backup'],
      proposeDefaults: async ({ datastore }, { queryClient }) => {
        if (!datastore || isVvolDatastore(datastore)) return null
        const list = await queryClient.fetchQuery(datastoreBackupQueries.list(datastore.moref))
        const choice = defaultBackup(list.response.backupResponseList)
        if (!choice) return null
        const [, ...skipped] = choice.reasons
        const newest = rule('defaults.backupNewest', { name: choice.value.backupName })
        return defaultsOf({
          field: 'backup',
          values: { backup: choice.value },
          choice: { ...choice, reasons: [newest, ...skipped] },
        })
      },
    },
    {
      id: 'location',
      fields: ['locationType', 'location'],
      proposeDefaults: async ({ datastore, backup }, { queryClient }) => {
        if (!backup) return null
        const list = await queryClient.fetchQuery(datastoreBackupQueries.snapshotLocators(backup.backupId))
        const choice = defaultLocation(locationsOfDatastore(list.response.snapshotLocationsList, datastore))
        const location = choice?.value.locations[0]
        if (!choice || !location) return null
        const values = { locationType: choice.value.type, location }
        return defaultsOf({ field: 'locationType', values, choice })
      },
    },
    {
      id: 'host',
      fields: ['esxHostName'],
      proposeDefaults: async ({ datastore }, { queryClient }) => {
        if (!datastore) return null
        const list = await queryClient.fetchQuery(datastoreBackupQueries.availableEsxHosts(datastore.moref))
        const hosts = list.response.availableEsxHostsList
        const choice = defaultHost(hosts)
        if (!choice) return null
        const original = hosts.some((host) => host.isCurrentHost === true)
        const reason = rule(original ? 'defaults.hostOriginal' : 'defaults.hostFirst', { host: choice.value })
        return defaultsOf({
          field: 'esxHostName',
          values: { esxHostName: choice.value },
          choice: { ...choice, reasons: [reason] },
        })
      },
    },
    { id: 'review', fields: [] },
  ]
}

/** The SCV rules, checked before any request: a datastore that is not vVol, a backup, a location, a host. */
export const mountSchema = z.object({
  datastore: z
    .custom<InventoryItem | null>()
    .refine((datastore) => datastore !== null, rule('rules.datastoreRequired'))
    .refine((datastore) => !isVvolDatastore(datastore), rule('rules.vvol')),
  backup: z.custom<ChosenBackup | null>().refine((backup) => backup !== null, rule('rules.backupRequired')),
  locationType: z
    .enum(['PRIMARY', 'SECONDARY'])
    .nullable()
    .refine((type) => type !== null, rule('rules.locationRequired')),
  location: z.custom<SnapshotLocation | null>(),
  esxHostName: z.string().trim().min(1, rule('rules.hostRequired')),
})

/** W11 step 5, exactly as the review shows it and Mount sends it. */
export function mountCall(values: MountValues) {
  if (!values.backup || !values.location) return null
  return restCall('post', '/4.1/datastores/backups/{backupId}/mount', {
    params: { path: { backupId: values.backup.backupId } },
    body: {
      datastore: values.location.datastore,
      location: values.location.location,
      esxHostName: values.esxHostName,
    },
  })
}
