import type { Backup } from '../../api'

/** What a wizard keeps about the chosen backup, so its review and a reload do not need the list again. */
export interface ChosenBackup {
  backupId: number
  backupName: string
  createdTime: string
  partial: boolean
}

export function toChosenBackup(backup: Backup): ChosenBackup {
  return {
    backupId: backup.backupId,
    backupName: backup.backupName,
    createdTime: backup.createdTime,
    partial: backup.partial ?? false,
  }
}
