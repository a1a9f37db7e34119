import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const dashboardRoutes: RouteObject[] = [
  {
    path: routes.dashboard.path,
    lazy: async () => ({ Component: (await import('./pages/dashboard-page')).DashboardPage }),
  },
]
