import type { TFunction } from 'i18next'
import type { Backup } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'
import { routes } from '../../../lib/routes'
import type { BrowsedKind } from './browser-params'

/**
 * Whether the browser offers "Restore this VM…" for a backup: only actions that can work are shown. A template
 * cannot be restored (docs/scv-api.md §4) and a failed backup has nothing to restore.
 */
export function canRestoreVm(
  vm: InventoryItem,
  backup: Backup,
): { ok: true } | { ok: false; reason: 'template' | 'failed' } {
  if (vm.isTemplate) return { ok: false, reason: 'template' }
  if (backup.status === 'FAILED') return { ok: false, reason: 'failed' }
  return { ok: true }
}

/**
 * The drawer's other recovery actions on one backup, only those that can work: restore disks and attach disks
 * for a VM that is not a template, from a backup that did not fail. (Deleted VMs are offered on datastore
 * backups, beside each VM the backup holds.)
 */
export function recoveryLinksFor(
  kind: BrowsedKind,
  object: InventoryItem,
  backup: Backup,
  t: TFunction<'backups'>,
): Array<{ label: string; to: string }> {
  if (kind !== 'vm' || !canRestoreVm(object, backup).ok) return []
  const preselect = { moref: object.moref, name: object.name, backupId: backup.backupId }
  return [
    { label: t('detail.restoreVmdks'), to: routes.restore.vmdks.href(preselect) },
    { label: t('detail.attachVmdks'), to: routes.restore.attachVmdks.href(preselect) },
  ]
}

/**
 * "Restore…" beside a VM a datastore backup holds, only where it can work: the VM is deleted (vCenter no longer
 * has it; a live one is restored from its own backups), has a UUID, is not a template, and the backup did not fail.
 */
export function deletedVmRestoreLink(
  datastore: InventoryItem,
  backup: Backup,
  vm: NonNullable<Backup['entities']>[number],
): string | null {
  if (!vm.deleted || !vm.uuid || vm.isTemplate || backup.status === 'FAILED') return null
  return routes.restore.deletedVm.href({
    uuid: vm.uuid,
    name: vm.name,
    datastore: { moref: datastore.moref, name: datastore.name },
    backupId: backup.backupId,
  })
}
