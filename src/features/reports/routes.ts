import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const reportsRoutes: RouteObject[] = [
  {
    path: routes.reports.path,
    lazy: async () => ({ Component: (await import('./pages/reports-page')).ReportsPage }),
  },
]
