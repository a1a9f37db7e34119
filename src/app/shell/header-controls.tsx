import { ActionIcon, Badge, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core'
import { IconMoon, IconSun } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isServedByConsoleServer } from '../../api'
import { applianceTarget, isSimulator } from '../../lib/appliance/target'
import { ApplianceSwitcher } from './appliance-switcher'
import { UserMenu } from './user-menu'
import { HeaderStatusSlot } from './header-status-slot'

/**
 * The header's controls, a module of their own that the frame loads once the first page is drawn
 * (`app-layout.tsx`): their menus, popover and tooltips bring Mantine's floating layer, which the first paint
 * does not need.
 */

/** Which appliance this is: the console server's switcher, or a badge naming the simulator or the appliance. */
export function ApplianceControl() {
  const { t } = useTranslation()
  if (isServedByConsoleServer()) return <ApplianceSwitcher />
  return (
    <Tooltip
      label={
        isSimulator ? t('appliance.simulatorHint') : t('appliance.connectedTo', { host: applianceTarget })
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
  )
}

/** Live status, the colour scheme switch and the user's menu. */
export function HeaderActions() {
  const { t } = useTranslation()
  const { setColorScheme } = useMantineColorScheme()
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false })
  const next = scheme === 'dark' ? 'light' : 'dark'
  const toggleLabel = t('header.toggleColorScheme', { scheme: t(`header.${next}`) })
  return (
    <>
      <HeaderStatusSlot />
      <Tooltip label={toggleLabel}>
        <ActionIcon variant="default" size="lg" aria-label={toggleLabel} onClick={() => setColorScheme(next)}>
          {scheme === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
        </ActionIcon>
      </Tooltip>
      <UserMenu />
    </>
  )
}
