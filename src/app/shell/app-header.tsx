import {
  ActionIcon,
  Badge,
  Burger,
  Group,
  Text,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core'
import { IconMoon, IconSun } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { isServedByConsoleServer } from '../../api'
import { applianceTarget, isSimulator } from '../../lib/appliance/target'
import { ApplianceSwitcher } from './appliance-switcher'
import { UserMenu } from './user-menu'
import { HeaderStatusSlot } from './header-status-slot'
import { routes } from '../../lib/routes'

interface AppHeaderProps {
  navbarOpened: boolean
  onToggleNavbar: () => void
}

/** Product name, which appliance this is, live status, colour scheme and the user's menu. */
export function AppHeader({ navbarOpened, onToggleNavbar }: AppHeaderProps) {
  const { t } = useTranslation()
  const { setColorScheme } = useMantineColorScheme()
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false })
  const next = scheme === 'dark' ? 'light' : 'dark'
  const toggleLabel = t('header.toggleColorScheme', { scheme: t(`header.${next}`) })

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
        {isServedByConsoleServer() ? (
          <ApplianceSwitcher />
        ) : (
          <Tooltip
            label={
              isSimulator
                ? t('appliance.simulatorHint')
                : t('appliance.connectedTo', { host: applianceTarget })
            }
          >
            <Badge
              variant="light"
              color={isSimulator ? 'grape' : 'teal'}
              tabIndex={0}
              style={{ flexShrink: 0 }}
              data-testid="appliance-badge"
            >
              {isSimulator ? t('appliance.simulator') : applianceTarget}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <HeaderStatusSlot />
        <Tooltip label={toggleLabel}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={toggleLabel}
            onClick={() => setColorScheme(next)}
          >
            {scheme === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
          </ActionIcon>
        </Tooltip>
        <UserMenu />
      </Group>
    </Group>
  )
}
