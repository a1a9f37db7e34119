import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

export const auditRoutes: RouteObject[] = [
  {
    path: routes.settings.audit.path,
    lazy: async () => ({ Component: (await import('./pages/audit-logs-page')).AuditLogsPage }),
  },
  {
    path: routes.settings.auditFile.path,
    lazy: async () => ({ Component: (await import('./pages/audit-file-page')).AuditFilePage }),
  },
]
