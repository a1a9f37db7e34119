import type { SnapshotLocation } from '../../../api'
import { vmBackupQueries } from '../../../api/resources'
import type { InventoryItem } from '../../../components/inventory-picker'
import type { QueryClient } from '@tanstack/react-query'
import {
  defaultBackup,
  defaultHost,
  defaultLocation,
  type ChosenBackup,
  type LocationType,
} from '../../../components/recovery'
import { stepDefaults, type WizardStepDef } from '../../../components/wizard'

/** The values every VM recovery wizard starts with: the VM (by moref, or by UUID when deleted), then a backup. */
export interface WithVmBackup {
  vm: InventoryItem | null
  backup: ChosenBackup | null
}

export interface WithLocation extends WithVmBackup {
  locationType: LocationType | null
  locations: SnapshotLocation[]
}

/**
 * The backup step of W6–W9 (`GET /4.1/vm/{moref}/backups`): the newest backup that can be used, or the one
 * chosen in the backups browser. Reads with the step's own query options, so the call is made once.
 */
export function vmBackupStepDef<V extends WithVmBackup>(preferredBackupId: number | null): WizardStepDef<V> {
  const step: WizardStepDef<WithVmBackup> = {
    id: 'backup',
    fields: ['backup'],
    proposeDefaults: async ({ vm }, { queryClient }) => {
      if (!vm) return null
      const list = await queryClient.fetchQuery(vmBackupQueries.list(vm.moref))
      const choice = defaultBackup(list.response.backupResponseList, preferredBackupId)
      return (
        choice && stepDefaults<WithVmBackup>({ field: 'backup', values: { backup: choice.value }, choice })
      )
    },
  }
  // It reads and sets only `vm` and `backup`, which V has.
  return step as unknown as WizardStepDef<V>
}

/** The snapshot-location step of W6–W8 (`snapshotLocationsList`): the primary snapshot when there is one. */
export function snapshotLocationStepDef<V extends WithLocation>(): WizardStepDef<V> {
  const step: WizardStepDef<WithLocation> = {
    id: 'location',
    fields: ['locationType', 'locations'],
    proposeDefaults: async ({ backup }, { queryClient }) => {
      if (!backup) return null
      const list = await queryClient.fetchQuery(vmBackupQueries.snapshotLocations(backup.backupId))
      const choice = defaultLocation(list.response.snapshotLocationsList)
      const values = choice && { locationType: choice.value.type, locations: choice.value.locations }
      return choice && values && stepDefaults<WithLocation>({ field: 'locationType', values, choice })
    },
  }
  return step as unknown as WizardStepDef<V>
}

/**
 * The ESXi host a VM recovery proposes (`…/availableesxhosts`, W6–W8): the VM's current host, or the first one,
 * with its reason; a part for `stepDefaults`. Reads with the host step's own query options.
 */
export async function proposedHost(queryClient: QueryClient, moref: string) {
  const list = await queryClient.fetchQuery(vmBackupQueries.availableEsxHosts(moref))
  const host = defaultHost(list.response.availableEsxHostsList)
  return host && { field: 'esxHost' as const, values: { esxHost: host.value }, choice: host }
}
