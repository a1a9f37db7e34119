import { lazy, Suspense } from 'react'
import { Burger, Group, Text } from '@mantine/core'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { routes } from '../../lib/routes'

const ApplianceControl = lazy(() =>
  import('./header-controls').then((module) => ({ default: module.ApplianceControl })),
)
const HeaderActions = lazy(() =>
  import('./header-controls').then((module) => ({ default: module.HeaderActions })),
)

interface AppHeaderProps {
  navbarOpened: boolean
  onToggleNavbar: () => void
  /** Draw the controls (appliance, live status, colour scheme, user menu): false until the first page is drawn. */
  withControls: boolean
}

/** Product name, which appliance this is, live status, colour scheme and the user's menu. */
export function AppHeader({ navbarOpened, onToggleNavbar, withControls }: AppHeaderProps) {
  const { t } = useTranslation()
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navbarOpened}
          onClick={onToggleNavbar}
          hiddenFrom="sm"
          size="sm"
          aria-label={navbarOpened ? t('nav.closeMenu') : t('nav.openMenu')}
        />
        {/* On a phone the name gives its room to the appliance badge and the controls (the navigation has Dashboard). */}
        <Text
          component={Link}
          to={routes.dashboard.href()}
          fw={700}
          size="lg"
          td="none"
          c="inherit"
          visibleFrom="xs"
          style={{ whiteSpace: 'nowrap' }}
        >
          {t('appName')}
        </Text>
        {withControls && (
          <Suspense fallback={null}>
            <ApplianceControl />
          </Suspense>
        )}
      </Group>
      {withControls && (
        <Group gap="xs" wrap="nowrap">
          <Suspense fallback={null}>
            <HeaderActions />
          </Suspense>
        </Group>
      )}
    </Group>
  )
}
