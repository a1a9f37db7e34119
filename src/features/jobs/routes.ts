import type { RouteObject } from 'react-router'

/** The jobs monitor and a job's detail (its own URL), loaded lazily. */
export const jobsRoutes: RouteObject[] = [
  {
    path: 'jobs',
    lazy: async () => ({ Component: (await import('./pages/jobs-page')).JobsPage }),
  },
  {
    path: 'jobs/:id',
    lazy: async () => ({ Component: (await import('./pages/job-detail-page')).JobDetailPage }),
  },
]
