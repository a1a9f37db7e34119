import type { RouteObject } from 'react-router'
import { routes } from '../../lib/routes'

/** Built-in schedules, the schedule planner and the appliance settings, loaded lazily. */
export const settingsRoutes: RouteObject[] = [
  {
    path: routes.settings.schedules.path,
    lazy: async () => ({ Component: (await import('./pages/schedules-page')).SchedulesPage }),
  },
  {
    path: routes.settings.planner.path,
    lazy: async () => ({ Component: (await import('./pages/planner-page')).PlannerPage }),
  },
  {
    path: routes.settings.appliance.path,
    lazy: async () => ({
      Component: (await import('./pages/appliance-settings-page')).ApplianceSettingsPage,
    }),
  },
]
