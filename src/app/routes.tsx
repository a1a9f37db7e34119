import type { RouteObject } from 'react-router'
import { RouteError } from './shell/route-error'
import { NotFoundPage } from './shell/not-found-page'
import { PageLoader } from './shell/page-loader'
import { dashboardRoutes } from '../features/dashboard/routes'
import { jobsRoutes } from '../features/jobs/routes'
import { resourceGroupsRoutes } from '../features/resource-groups/routes'
import { storageSystemsRoutes } from '../features/storage-systems/routes'
import { policiesRoutes } from '../features/policies/routes'
import { backupsRoutes } from '../features/backups/routes'
import { restoreRoutes } from '../features/restore/routes'
import { mountsRoutes } from '../features/mounts/routes'
import { auditRoutes } from '../features/audit/routes'
import { settingsRoutes } from '../features/settings/routes'
import { reportsRoutes } from '../features/reports/routes'
import { routes } from '../lib/routes'
import { isServedByConsoleServer } from '../api'
import { loadApplianceChoice } from '../features/auth/components/appliance-choice-loader'
import { withCatalogues, withNamespaces } from '../lib/i18n/route-namespaces'
import { SHARED_NAMESPACES } from './i18n'

/**
 * Every signed-in page is a child of the layout with its own error element, so one page failing leaves the
 * shell and the navigation working. Feature route modules load their pages lazily, and each page its
 * feature's catalogue with it (a feature speaks its own namespace, `common` and the shared ones).
 */
const pageRoutes: RouteObject[] = [
  ...withNamespaces(['dashboard'], dashboardRoutes),
  ...withNamespaces(['jobs'], jobsRoutes),
  ...withNamespaces(['storage-systems'], storageSystemsRoutes),
  ...withNamespaces(['policies'], policiesRoutes),
  ...withNamespaces(['resource-groups'], resourceGroupsRoutes),
  ...withNamespaces(['backups'], backupsRoutes),
  ...withNamespaces(['restore'], restoreRoutes),
  ...withNamespaces(['mounts'], mountsRoutes),
  ...withNamespaces(['audit'], auditRoutes),
  ...withNamespaces(['settings'], settingsRoutes),
  ...withNamespaces(['reports'], reportsRoutes),
].map((route) => ({
  ...route,
  errorElement: <RouteError />,
}))

export const appRoutes: RouteObject[] = [
  {
    path: routes.login.path,
    hydrateFallbackElement: <PageLoader />,
    lazy: withCatalogues(['auth'], async () => {
      const [{ LoginPage }] = await Promise.all([
        import('../features/auth/pages/login-page'),
        isServedByConsoleServer() ? loadApplianceChoice() : undefined,
      ])
      return { Component: LoginPage }
    }),
  },
  {
    // The signed-in frame (header, navigation, their data) loads with the first signed-in page, never with
    // the sign-in page.
    // The header's running-jobs indicator speaks `jobs`; shared components' namespaces are used on every page.
    lazy: withCatalogues(['jobs', ...SHARED_NAMESPACES], async () => ({
      Component: (await import('./shell/signed-in-layout')).SignedInLayout,
    })),
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [...pageRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]
