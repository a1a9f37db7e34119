import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

/** The resource-group pages, each loaded on first visit (`new` outranks `:id`: a literal segment wins). */
export const resourceGroupsRoutes: RouteObject[] = [
  {
    path: routes.resourceGroups.list.path,
    lazy: async () => ({ Component: (await import('./pages/resource-groups-page')).ResourceGroupsPage }),
  },
  {
    path: routes.resourceGroups.create.path,
    lazy: async () => ({
      Component: (await import('./pages/resource-group-wizard-page')).CreateResourceGroupPage,
    }),
  },
  {
    path: routes.resourceGroups.detail.path,
    lazy: async () => ({
      Component: (await import('./pages/resource-group-detail-page')).ResourceGroupDetailPage,
    }),
  },
  {
    path: routes.resourceGroups.edit.path,
    lazy: async () => ({
      Component: (await import('./pages/resource-group-wizard-page')).EditResourceGroupPage,
    }),
  },
]
