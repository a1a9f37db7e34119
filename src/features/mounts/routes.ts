import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const mountsRoutes: RouteObject[] = [
  {
    path: routes.mounts.list.path,
    lazy: async () => ({ Component: (await import('./pages/mounts-page')).MountsPage }),
  },
  {
    path: routes.mounts.mount.path,
    lazy: async () => ({ Component: (await import('./pages/mount-page')).MountPage }),
  },
]
