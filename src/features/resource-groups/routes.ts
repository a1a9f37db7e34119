import type { RouteObject } from 'react-router'

/** The resource-group pages, each loaded on first visit. `new` is matched before `:id`. */
export const resourceGroupsRoutes: RouteObject[] = [
  {
    path: 'resource-groups',
    lazy: async () => ({ Component: (await import('./pages/resource-groups-page')).ResourceGroupsPage }),
  },
  {
    path: 'resource-groups/new',
    lazy: async () => ({
      Component: (await import('./pages/resource-group-wizard-page')).CreateResourceGroupPage,
    }),
  },
  {
    path: 'resource-groups/:id',
    lazy: async () => ({
      Component: (await import('./pages/resource-group-detail-page')).ResourceGroupDetailPage,
    }),
  },
  {
    path: 'resource-groups/:id/edit',
    lazy: async () => ({
      Component: (await import('./pages/resource-group-wizard-page')).EditResourceGroupPage,
    }),
  },
]
