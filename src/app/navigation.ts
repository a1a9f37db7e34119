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
  IconDisc,
  IconLifebuoy,
  IconPlug,
  IconPlugOff,
  IconTrashOff,
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

/** A labelled group of areas, always open (e.g. every recovery wizard, one click away from any page). */
export interface NavGroup {
  labelKey: string
  icon: NavItem['icon']
  items: NavItem[]
}

/**
 * The navbar's areas, in the order an administrator meets them. Each feature adds its own entry when its
 * page lands. The recovery wizards sit in one always-open "Recover" group: in an incident an administrator
 * goes straight to the task (restore a VM, a deleted VM, some disks, attach, detach, mount) from any page in
 * one click, with no hub page to read first; the group keeps them together and out of the daily areas.
 */
export const navItems: Array<NavItem | NavGroup> = [
  { to: routes.dashboard.href(), labelKey: 'nav.dashboard', icon: IconHome, end: true },
  { to: routes.storageSystems.list.href(), labelKey: 'nav.storageSystems', icon: IconServer },
  { to: routes.policies.list.href(), labelKey: 'nav.policies', icon: IconCalendarTime },
  { to: routes.resourceGroups.list.href(), labelKey: 'nav.resourceGroups', icon: IconDatabase },
  { to: routes.backups.browser.href(), labelKey: 'nav.backups', icon: IconArchive },
  {
    labelKey: 'nav.recover',
    icon: IconLifebuoy,
    items: [
      { to: routes.restore.vm.href(), labelKey: 'nav.restoreVm', icon: IconRestore },
      { to: routes.restore.deletedVm.href(), labelKey: 'nav.restoreDeletedVm', icon: IconTrashOff },
      { to: routes.restore.vmdks.href(), labelKey: 'nav.restoreVmdks', icon: IconDisc },
      { to: routes.restore.attachVmdks.href(), labelKey: 'nav.attachVmdks', icon: IconPlug },
      { to: routes.restore.detachVmdks.href(), labelKey: 'nav.detachVmdks', icon: IconPlugOff },
      { to: routes.mounts.list.href(), labelKey: 'nav.mounts', icon: IconDatabaseImport },
    ],
  },
  { to: routes.jobs.list.href(), labelKey: 'nav.jobs', icon: IconListDetails },
  { to: routes.reports.href(), labelKey: 'nav.reports', icon: IconReportAnalytics },
  { to: routes.settings.audit.href(), labelKey: 'nav.audit', icon: IconShieldCheck },
  { to: routes.settings.schedules.href(), labelKey: 'nav.schedules', icon: IconClockCog },
  { to: routes.settings.appliance.href(), labelKey: 'nav.applianceSettings', icon: IconSettings },
]

export function isNavGroup(entry: NavItem | NavGroup): entry is NavGroup {
  return 'items' in entry
}
