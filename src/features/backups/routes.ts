import type { RouteObject } from 'react-router'

export const backupsRoutes: RouteObject[] = [
  {
    path: 'backups',
    lazy: async () => ({ Component: (await import('./pages/backups-page')).BackupsPage }),
  },
]
