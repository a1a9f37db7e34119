import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const storageSystemsRoutes: RouteObject[] = [
  {
    path: routes.storageSystems.list.path,
    lazy: async () => ({ Component: (await import('./pages/storage-systems-page')).StorageSystemsPage }),
  },
]
