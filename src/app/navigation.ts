import type { ComponentType } from 'react'
import {
  IconArchive,
  IconCalendarTime,
  IconDatabase,
  IconHome,
  IconListDetails,
  IconReportAnalytics,
  IconRestore,
  IconServer,
  IconSettings,
  IconShieldCheck,
  IconClockCog,
  IconDatabaseImport,
} from '@tabler/icons-react'
import { routes } from '../lib/routes'

export interface NavItem {
  to: string
  /** Key in the common catalogue's `nav` section. */
  labelKey: string
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>
  /** Match only the exact path (the dashboard), not its children. */
  end?: boolean
}

/**
 * The navbar's areas, in the order an administrator meets them. Each feature adds its own entry when its
 * page lands.
 */
export const navItems: NavItem[] = [
  { to: routes.dashboard.href(), labelKey: 'nav.dashboard', icon: IconHome, end: true },
  { to: routes.storageSystems.list.href(), labelKey: 'nav.storageSystems', icon: IconServer },
  { to: routes.policies.list.href(), labelKey: 'nav.policies', icon: IconCalendarTime },
  { to: routes.resourceGroups.list.href(), labelKey: 'nav.resourceGroups', icon: IconDatabase },
  { to: routes.backups.browser.href(), labelKey: 'nav.backups', icon: IconArchive },
  { to: routes.restore.vm.href(), labelKey: 'nav.restoreVm', icon: IconRestore },
  { to: routes.mounts.list.href(), labelKey: 'nav.mounts', icon: IconDatabaseImport },
  { to: routes.jobs.list.href(), labelKey: 'nav.jobs', icon: IconListDetails },
  { to: routes.reports.href(), labelKey: 'nav.reports', icon: IconReportAnalytics },
  { to: routes.settings.audit.href(), labelKey: 'nav.audit', icon: IconShieldCheck },
  { to: routes.settings.schedules.href(), labelKey: 'nav.schedules', icon: IconClockCog },
  { to: routes.settings.appliance.href(), labelKey: 'nav.applianceSettings', icon: IconSettings },
]
