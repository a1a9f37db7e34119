import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { reportQueries, resourceGroupQueries } from '../../api/resources'
import { collectInventory, type InventoryItem, type InventoryKind } from './inventory-items'

/**
 * The VMs or datastores the appliance knows by name. Datastores come only from resource groups, so the VM
 * reports are not fetched for them. One failing source does not hide the others: `errors` lists what failed.
 */
export function useInventory(kind: InventoryKind) {
  const groups = useQuery(resourceGroupQueries.list({ freshness: 'stable' }))
  const protectedVms = useQuery({
    ...reportQueries.protectedVms({ freshness: 'stable' }),
    enabled: kind === 'vm',
  })
  const unprotectedVms = useQuery({
    ...reportQueries.unprotectedVms({ freshness: 'stable' }),
    enabled: kind === 'vm',
  })

  const sources = kind === 'vm' ? [groups, protectedVms, unprotectedVms] : [groups]
  const items: InventoryItem[] = useMemo(
    () =>
      collectInventory(kind, {
        resourceGroups: groups.data?.response.resourceGroupResponseList,
        protectedVms: protectedVms.data?.response.protectedVmResponseList,
        unprotectedVms: unprotectedVms.data?.response.unprotectedVmResponseList,
      }),
    [kind, groups.data, protectedVms.data, unprotectedVms.data],
  )
  const errors: unknown[] = sources.map((query) => query.error as unknown).filter((error) => error != null)
  return {
    items,
    isLoading: sources.some((query) => query.isPending),
    errors,
    retry: () => {
      for (const query of sources) if (query.error) void query.refetch()
    },
  }
}
