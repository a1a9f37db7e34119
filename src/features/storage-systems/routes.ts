import type { RouteObject } from 'react-router'

export const storageSystemsRoutes: RouteObject[] = [
  {
    path: 'storage-systems',
    lazy: async () => ({ Component: (await import('./pages/storage-systems-page')).StorageSystemsPage }),
  },
]
