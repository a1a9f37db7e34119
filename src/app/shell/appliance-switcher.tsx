import { Badge, Button, Menu, Text, Tooltip } from '@mantine/core'
import { IconCheck, IconChevronDown, IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { selectAppliance } from '../../api'
import { useAppliances } from '../../features/auth/use-appliances'

/**
 * Under the console server: which appliance the page shows, and with several of them a switch between them.
 * Each appliance keeps its own sign-in and its own cached data; switching to one that is not signed in
 * leads to its sign-in and then back to the same page.
 */
export function ApplianceSwitcher() {
  const { t } = useTranslation()
  const { appliances, current, signIns } = useAppliances()
  if (!current) return null
  if (appliances.length < 2)
    return (
      <Tooltip label={t('appliance.connectedTo', { host: current.host })}>
        <Badge variant="light" color="teal" tabIndex={0} data-testid="appliance-badge">
          {current.label}
        </Badge>
      </Tooltip>
    )
  return (
    // No initial-focus placeholder: it is a focusable role="presentation" element inside role="menu", an ARIA
    // error (axe aria-required-children). Focus starts on the first appliance instead.
    <Menu position="bottom-start" width={280} withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          size="compact-sm"
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('appliance.switch', { appliance: current.label })}
          data-testid="appliance-switcher"
        >
          {current.label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {appliances.map((appliance) => {
          const signIn = signIns[appliance.id]
          const isCurrent = appliance.id === current.id
          return (
            <Menu.Item
              key={appliance.id}
              onClick={() => selectAppliance(appliance.id)}
              aria-current={isCurrent ? 'true' : undefined}
              leftSection={
                signIn ? (
                  <IconCheck size={14} aria-hidden style={{ visibility: isCurrent ? 'visible' : 'hidden' }} />
                ) : (
                  <IconLock size={14} aria-hidden />
                )
              }
            >
              <Text size="sm">{appliance.label}</Text>
              <Text size="xs" c="dimmed">
                {signIn
                  ? t('appliance.signedInAs', { host: appliance.host, username: signIn.username })
                  : t('appliance.notSignedIn', { host: appliance.host })}
              </Text>
            </Menu.Item>
          )
        })}
      </Menu.Dropdown>
    </Menu>
  )
}
