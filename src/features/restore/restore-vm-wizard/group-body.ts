import type { ResourceGroup, ResourceGroupRequest } from '../../../api'

/**
 * W4 needs the group's full body on PUT. This rebuilds it from the group as listed, with `moref` added to its
 * members, so nothing else about the group changes.
 */
export function groupBodyWithVm(group: ResourceGroup, moref: string): ResourceGroupRequest {
  const entities = (group.entities ?? []).map((entity) => entity.moref)
  if (!entities.includes(moref)) entities.push(moref)
  return {
    name: group.name,
    ...(group.description ? { description: group.description } : {}),
    entities,
    spanningDatastores: group.spanningDatastores ?? { spanningType: 'EXCLUDE_ALL' },
    policies: (group.policies ?? []).map((policy) => ({
      id: policy.id,
      ...(policy.frequency ? { frequency: policy.frequency } : {}),
      ...(policy.schedule ? { schedule: policy.schedule } : {}),
    })),
    notification: group.notification ?? 'NEVER',
    ...(group.scope ? { scope: group.scope } : {}),
    ...(group.emailSettings !== undefined ? { emailSettings: group.emailSettings } : {}),
    ...(group.snapshotNameFormat !== undefined ? { snapshotNameFormat: group.snapshotNameFormat } : {}),
    ...(group.useLatestSnapshotName !== undefined
      ? { useLatestSnapshotName: group.useLatestSnapshotName }
      : {}),
    ...(group.secondaryProtection !== undefined ? { secondaryProtection: group.secondaryProtection } : {}),
  }
}

/** The groups that list `moref` as a member. */
export function groupsContaining(groups: ResourceGroup[], moref: string): ResourceGroup[] {
  return groups.filter((group) => (group.entities ?? []).some((entity) => entity.moref === moref))
}
