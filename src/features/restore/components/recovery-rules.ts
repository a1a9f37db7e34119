import { z } from 'zod'
import type { SnapshotLocation } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'
import type { ChosenBackup } from '../../../components/recovery'
import { messagesOf } from '../../../lib/forms/form-message'

const rule = messagesOf('restore')

/** A VM picked from the inventory, not a template: SCV restores no templates (W6, W8). */
export const vmNotTemplateRule = z
  .custom<InventoryItem | null>()
  .refine((vm) => vm !== null, rule('rules.vmRequired'))
  .refine((vm) => !vm?.isTemplate, rule('rules.template'))

/** The backup step's field, shared by every wizard that starts from a VM's backups (W6–W9). */
export const backupRule = z
  .custom<ChosenBackup | null>()
  .refine((backup) => backup !== null, rule('rules.backupRequired'))

/** The snapshot-location step's fields: primary or secondary, and the locations the request sends. */
export const locationRules = {
  locationType: z
    .enum(['PRIMARY', 'SECONDARY'])
    .nullable()
    .refine((type) => type !== null, rule('rules.locationRequired')),
  locations: z.array(z.custom<SnapshotLocation>()),
}
