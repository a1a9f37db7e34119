import type { ComponentType } from 'react'
import {
  IconArchive,
  IconCalendarTime,
  IconDatabase,
  IconHome,
  IconListDetails,
  IconRestore,
  IconServer,
  IconShieldCheck,
} from '@tabler/icons-react'
import { paths } from './paths'

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
  { to: paths.dashboard(), labelKey: 'nav.dashboard', icon: IconHome, end: true },
  { to: paths.storageSystems.list(), labelKey: 'nav.storageSystems', icon: IconServer },
  { to: paths.policies.list(), labelKey: 'nav.policies', icon: IconCalendarTime },
  { to: paths.resourceGroups.list(), labelKey: 'nav.resourceGroups', icon: IconDatabase },
  { to: paths.backups.browser(), labelKey: 'nav.backups', icon: IconArchive },
  { to: paths.restore.vm(), labelKey: 'nav.restoreVm', icon: IconRestore },
  { to: paths.jobs.list(), labelKey: 'nav.jobs', icon: IconListDetails },
  { to: paths.settings.audit(), labelKey: 'nav.audit', icon: IconShieldCheck },
]

// Icons kept for the entries that features add; importing them here keeps the icon set in one place.
export const navIcons = { IconServer, IconDatabase, IconCalendarTime, IconListDetails }
