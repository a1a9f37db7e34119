import type { RouteObject } from 'react-router'

export const auditRoutes: RouteObject[] = [
  {
    path: 'settings/audit',
    lazy: async () => ({ Component: (await import('./pages/audit-logs-page')).AuditLogsPage }),
  },
  {
    path: 'settings/audit/files/:fileName',
    lazy: async () => ({ Component: (await import('./pages/audit-file-page')).AuditFilePage }),
  },
]
