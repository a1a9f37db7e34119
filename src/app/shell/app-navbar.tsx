import { NavLink as MantineNavLink, Stack } from '@mantine/core'
import { NavLink, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { isNavGroup, navItems, type NavItem } from '../navigation'

/** The left-hand list of areas (inside the shell's labelled <nav>); the current one is marked for screen readers too. */
export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const location = useLocation()
  const link = (item: NavItem) => {
    const active = item.end
      ? location.pathname === item.to
      : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)
    const Icon = item.icon
    return (
      <MantineNavLink
        key={item.to}
        component={NavLink}
        to={item.to}
        end={item.end}
        label={t(item.labelKey)}
        leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    )
  }
  return (
    <Stack gap={2}>
      {navItems.map((entry) => {
        if (!isNavGroup(entry)) return link(entry)
        const Icon = entry.icon
        return (
          <MantineNavLink
            key={entry.labelKey}
            label={t(entry.labelKey)}
            leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            defaultOpened
            childrenOffset={12}
          >
            {entry.items.map(link)}
          </MantineNavLink>
        )
      })}
    </Stack>
  )
}
