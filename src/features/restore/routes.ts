import type { RouteObject } from 'react-router'

export const restoreRoutes: RouteObject[] = [
  {
    path: 'restore/vm',
    lazy: async () => ({ Component: (await import('./pages/restore-vm-page')).RestoreVmPage }),
  },
]
