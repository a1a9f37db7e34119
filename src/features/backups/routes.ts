import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const backupsRoutes: RouteObject[] = [
  {
    path: routes.backups.browser.path,
    lazy: async () => ({ Component: (await import('./pages/backups-page')).BackupsPage }),
  },
]
