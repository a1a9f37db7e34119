import { Avatar, Menu, UnstyledButton } from '@mantine/core'
import { IconCheck, IconLanguage, IconLogout } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { changeLanguage } from '../i18n'
import { SUPPORTED_LANGUAGES } from '../../lib/i18n/languages'
import { formatDateTime } from '../../lib/format/date-time'
import { useSession } from '../../features/auth/use-session'
import { useSignOut } from '../../features/auth/api/mutations'

/** Who is signed in, the language switch and sign-out. */
export function UserMenu() {
  const { t, i18n } = useTranslation()
  const session = useSession()
  const signOut = useSignOut()
  if (!session) return null
  const initials = session.username.replace(/^.*\\/, '').slice(0, 2).toUpperCase()

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu', { username: session.username })}>
          <Avatar size="md" radius="xl" color="blue" variant="filled">
            {initials}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.signedInAs')}</Menu.Label>
        <Menu.Item disabled style={{ cursor: 'default' }}>
          {session.username}
          <br />
          <small>
            {t('header.sessionStarted', { time: formatDateTime(new Date(session.signedInAt).toISOString()) })}
          </small>
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <IconLanguage size={14} aria-hidden /> {t('header.language')}
        </Menu.Label>
        {SUPPORTED_LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => void changeLanguage(language)}
            rightSection={i18n.language === language ? <IconCheck size={14} aria-hidden /> : null}
            aria-current={i18n.language === language ? 'true' : undefined}
          >
            {t(`language.${language}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut('signed-out')}>
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
