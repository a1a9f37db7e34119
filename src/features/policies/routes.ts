import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const policiesRoutes: RouteObject[] = [
  {
    path: routes.policies.list.path,
    lazy: async () => ({ Component: (await import('./pages/policies-page')).PoliciesPage }),
  },
]
