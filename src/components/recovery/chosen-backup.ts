import type { Backup } from '../../api'

/** What a wizard keeps about the chosen backup, so its review and a reload do not need the list again. */
export interface ChosenBackup {
  backupId: number
  backupName: string
  createdTime: string
  partial: boolean
  /** The resource group that took it: a backup or restore running there blocks a restore (scv-api.md §4). */
  resourceGroupId?: number | null
  resourceGroupName?: string | null
  /** The datastores the backup holds (where a deleted VM lived: its ESXi-host call takes one, scv-api.md §5.4). */
  datastores?: Array<{ moref: string; name: string }>
}

export function toChosenBackup(backup: Backup): ChosenBackup {
  return {
    backupId: backup.backupId,
    backupName: backup.backupName,
    createdTime: backup.createdTime,
    partial: backup.partial ?? false,
    resourceGroupId: backup.resourceGroupId ?? null,
    resourceGroupName: backup.resourceGroupName ?? null,
    datastores: (backup.entities ?? [])
      .filter((entity) => entity.type === 'DATASTORE')
      .map((entity) => ({ moref: entity.moref, name: entity.name })),
  }
}
