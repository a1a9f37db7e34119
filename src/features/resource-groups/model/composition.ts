import type { InventoryItem } from '../../../components/inventory-picker'

/** The composition rules SCV applies to a group's members (docs/scv-api.md §4), as message keys with their names. */
export type CompositionProblem =
  | { rule: 'template'; names: string[] }
  | { rule: 'vvolMixed'; names: string[] }
  | { rule: 'flexGroupNotAlone'; names: string[] }
  | { rule: 'duplicateName'; names: string[] }
  | { rule: 'vcls'; names: string[] }

const isFlexGroup = (item: InventoryItem) => item.datastoreType?.toUpperCase() === 'FLEXGROUP'

/** vCLS VMs are vSphere's own cluster-service VMs; SCV says not to add them. */
const isVcls = (item: InventoryItem) => item.kind === 'vm' && /^vCLS/i.test(item.name)

/**
 * Checks the members before Next, so the appliance does not have to refuse them:
 * no templates, no vVol VMs next to traditional ones, one FlexGroup datastore alone, unique names, no vCLS VMs.
 * Flags (template, vVol, FlexGroup) are known only when the appliance reports them; a moref typed in has none,
 * and the appliance's own check still applies to it.
 */
export function compositionProblems(items: readonly InventoryItem[]): CompositionProblem[] {
  const problems: CompositionProblem[] = []
  const names = (list: readonly InventoryItem[]) => list.map((item) => item.name)

  const templates = items.filter((item) => item.isTemplate)
  if (templates.length > 0) problems.push({ rule: 'template', names: names(templates) })

  const vms = items.filter((item) => item.kind === 'vm')
  const vvolVms = vms.filter((item) => item.isVvol)
  if (vvolVms.length > 0 && vvolVms.length < vms.length) {
    problems.push({ rule: 'vvolMixed', names: names(vvolVms) })
  }

  const flexGroups = items.filter(isFlexGroup)
  if (flexGroups.length > 0 && items.length > 1) {
    problems.push({ rule: 'flexGroupNotAlone', names: names(flexGroups) })
  }

  const seen = new Map<string, number>()
  for (const item of items) {
    const key = item.name.toLowerCase()
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const duplicates = items.filter((item, index) => {
    const count = seen.get(item.name.toLowerCase()) ?? 0
    return (
      count > 1 && items.findIndex((other) => other.name.toLowerCase() === item.name.toLowerCase()) === index
    )
  })
  if (duplicates.length > 0) problems.push({ rule: 'duplicateName', names: names(duplicates) })

  const vcls = items.filter(isVcls)
  if (vcls.length > 0) problems.push({ rule: 'vcls', names: names(vcls) })

  return problems
}

/** Spanning disks are not offered for FlexGroup datastores or vVol VMs (docs/scv-api.md §4). */
export function spanningUnavailable(items: readonly InventoryItem[]): boolean {
  return items.some(
    (item) => isFlexGroup(item) || item.isVvol === true || item.datastoreType?.toUpperCase() === 'VVOL',
  )
}
