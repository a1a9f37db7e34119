import type { RouteObject } from 'react-router'

export const policiesRoutes: RouteObject[] = [
  {
    path: 'policies',
    lazy: async () => ({ Component: (await import('./pages/policies-page')).PoliciesPage }),
  },
]
