import type { ResourceGroup } from '../../../api'

/** Why SCV would refuse a backup now of this group, as a message key, or null when it can run. */
export function backupNowBlocker(group: ResourceGroup): 'maintenance' | 'noPolicy' | null {
  if (group.status === 'UNDER_MAINTENANCE') return 'maintenance'
  if (!group.policies || group.policies.length === 0) return 'noPolicy'
  return null
}
