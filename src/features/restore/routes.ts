import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const restoreRoutes: RouteObject[] = [
  {
    path: routes.restore.vm.path,
    lazy: async () => ({ Component: (await import('./pages/restore-vm-page')).RestoreVmPage }),
  },
  {
    path: routes.restore.vmdks.path,
    lazy: async () => ({ Component: (await import('./pages/restore-vmdks-page')).RestoreVmdksPage }),
  },
  {
    path: routes.restore.detachVmdks.path,
    lazy: async () => ({ Component: (await import('./pages/detach-vmdks-page')).DetachVmdksPage }),
  },
  {
    path: routes.restore.attachVmdks.path,
    lazy: async () => ({ Component: (await import('./pages/attach-vmdks-page')).AttachVmdksPage }),
  },
  {
    path: routes.restore.deletedVm.path,
    lazy: async () => ({ Component: (await import('./pages/restore-deleted-vm-page')).RestoreDeletedVmPage }),
  },
]
