import type { ResourceGroup, ProtectedVm, UnprotectedVm } from '../../api'

/** What the picker picks: a VM or a datastore. */
export type InventoryKind = 'vm' | 'datastore'

/** A VM or datastore the console knows by name, or one entered by its moref (or a deleted VM's UUID). */
export interface InventoryItem {
  /** `vm-123`, `datastore-45`, or a VM UUID for a VM that exists only in backups. */
  moref: string
  /** The vCenter name; equal to the moref when the object was typed in and is not known by name. */
  name: string
  kind: InventoryKind
  /** VM templates cannot be restored, attached to or detached from (docs/scv-api.md §4). */
  isTemplate?: boolean
  /** vVol VMs cannot be restored to an alternate location. */
  isVvol?: boolean
  /** NFS, VMFS, FLEXGROUP, VVOL… for datastores, when the appliance says. */
  datastoreType?: string
  /** True when the item was typed in, not found in what the appliance reported. */
  entered?: boolean
  /** Resource groups the object is a member of (names), when known. */
  resourceGroups?: string[]
}

/** What the appliance reported, from the calls in use-inventory.ts; any of them may be missing. */
export interface InventorySources {
  resourceGroups?: ResourceGroup[]
  protectedVms?: ProtectedVm[]
  unprotectedVms?: UnprotectedVm[]
}

/**
 * The contract carries no template / vVol / datastore-type flags yet (asked for in the contract gaps); an
 * appliance or simulator that sends them gets them shown. The `in` checks keep this type-safe without them.
 */
function flagsOf(entity: object): Pick<InventoryItem, 'isTemplate' | 'isVvol' | 'datastoreType'> {
  const flags: Pick<InventoryItem, 'isTemplate' | 'isVvol' | 'datastoreType'> = {}
  if ('isTemplate' in entity && typeof entity.isTemplate === 'boolean') flags.isTemplate = entity.isTemplate
  if ('isVvol' in entity && typeof entity.isVvol === 'boolean') flags.isVvol = entity.isVvol
  if ('datastoreType' in entity && typeof entity.datastoreType === 'string') {
    flags.datastoreType = entity.datastoreType
    if (entity.datastoreType.toUpperCase() === 'VVOL') flags.isVvol = true
  }
  return flags
}

/**
 * Everything the appliance reported about VMs or datastores, one item per moref (first name wins, flags and
 * resource groups merge), sorted by name.
 */
export function collectInventory(kind: InventoryKind, sources: InventorySources): InventoryItem[] {
  const byMoref = new Map<string, InventoryItem>()
  const add = (item: InventoryItem) => {
    const known = byMoref.get(item.moref)
    if (!known) {
      byMoref.set(item.moref, {
        ...item,
        resourceGroups: item.resourceGroups ? [...item.resourceGroups] : undefined,
      })
      return
    }
    // A restriction reported by any source wins: refusing a template late costs a failed restore.
    if (item.isTemplate !== undefined) known.isTemplate = known.isTemplate === true || item.isTemplate
    if (item.isVvol !== undefined) known.isVvol = known.isVvol === true || item.isVvol
    known.datastoreType ??= item.datastoreType
    for (const group of item.resourceGroups ?? []) {
      known.resourceGroups ??= []
      if (!known.resourceGroups.includes(group)) known.resourceGroups.push(group)
    }
  }
  const wanted = kind === 'vm' ? 'VM' : 'DATASTORE'
  for (const group of sources.resourceGroups ?? []) {
    for (const entity of group.entities ?? []) {
      if (entity.type.toUpperCase() !== wanted) continue
      add({ moref: entity.moref, name: entity.name, kind, resourceGroups: [group.name], ...flagsOf(entity) })
    }
  }
  if (kind === 'vm') {
    for (const vm of [...(sources.protectedVms ?? []), ...(sources.unprotectedVms ?? [])]) {
      add({ moref: vm.moref, name: vm.name, kind, ...flagsOf(vm) })
    }
  }
  return [...byMoref.values()].sort((a, b) => a.name.localeCompare(b.name) || a.moref.localeCompare(b.moref))
}

/** Case-insensitive match on the name or the moref; every word of the query must match. */
export function searchInventory(items: InventoryItem[], query: string): InventoryItem[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return items
  return items.filter((item) => {
    const haystack = `${item.name} ${item.moref}`.toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

const MOREF_PATTERN: Record<InventoryKind, RegExp> = {
  vm: /^vm-\d+$/,
  datastore: /^datastore-\d+$/,
}
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Why a typed moref is not usable. */
export type MorefProblem = 'empty' | 'format'

/**
 * Reads a typed vCenter moref (`vm-123`, `datastore-45`) or, for VMs, a UUID (a deleted VM is known to SCV only
 * by its UUID). Returns the item, or the problem.
 */
export function parseMorefEntry(
  kind: InventoryKind,
  text: string,
): { item: InventoryItem; problem?: never } | { item?: never; problem: MorefProblem } {
  const value = text.trim()
  if (!value) return { problem: 'empty' }
  const isMoref = MOREF_PATTERN[kind].test(value)
  const isUuid = kind === 'vm' && UUID_PATTERN.test(value)
  if (!isMoref && !isUuid) return { problem: 'format' }
  const moref = isUuid ? value.toLowerCase() : value
  return { item: { moref, name: moref, kind, entered: true } }
}
