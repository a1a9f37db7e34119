import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

/** The jobs monitor and a job's detail (its own URL), loaded lazily. */
export const jobsRoutes: RouteObject[] = [
  {
    path: routes.jobs.list.path,
    lazy: async () => ({ Component: (await import('./pages/jobs-page')).JobsPage }),
  },
  {
    path: routes.jobs.detail.path,
    lazy: async () => ({ Component: (await import('./pages/job-detail-page')).JobDetailPage }),
  },
]
