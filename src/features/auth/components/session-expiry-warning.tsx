import { useEffect, useState } from 'react'
import { Alert, Button, Group, Text } from '@mantine/core'
import { IconClockExclamation } from '@tabler/icons-react'
import { useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useSession } from '../use-session'
import { useSignOut } from '../api/mutations'
import { rememberReturnTo, SESSION_LIMIT_MINUTES, SESSION_WARNING_MINUTES } from '../session-limits'

const MINUTE = 60_000

/**
 * Warns a few minutes before SCV's 120-minute session limit, with one timer per session (no polling), and
 * offers to sign in again now and come back to the same place.
 */
export function SessionExpiryWarning() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const signOut = useSignOut()
  const [now, setNow] = useState(() => Date.now())
  const [dismissedFor, setDismissedFor] = useState<number | null>(null)

  const expiresAt = session ? session.signedInAt + SESSION_LIMIT_MINUTES * MINUTE : null

  useEffect(() => {
    if (expiresAt === null) return
    const warnAt = expiresAt - SESSION_WARNING_MINUTES * MINUTE
    // Wake at the warning time, then once a minute so the countdown stays right.
    const delay = Math.max(warnAt - Date.now(), 0)
    let interval: ReturnType<typeof setInterval> | undefined
    const timeout = setTimeout(() => {
      setNow(Date.now())
      interval = setInterval(() => setNow(Date.now()), MINUTE)
    }, delay)
    return () => {
      clearTimeout(timeout)
      if (interval) clearInterval(interval)
    }
  }, [expiresAt])

  if (!session || expiresAt === null) return null
  const minutesLeft = Math.max(Math.ceil((expiresAt - now) / MINUTE), 0)
  if (minutesLeft > SESSION_WARNING_MINUTES || dismissedFor === session.signedInAt) return null

  const signInAgain = () => {
    rememberReturnTo(location)
    signOut('expired')
  }

  return (
    <Alert
      color="yellow"
      icon={<IconClockExclamation aria-hidden />}
      title={minutesLeft > 0 ? t('session.expiringTitle') : t('session.expiredTitle')}
      role="status"
      mb="md"
    >
      <Text size="sm">
        {minutesLeft > 0
          ? t('session.expiringBody', { minutes: minutesLeft, limit: SESSION_LIMIT_MINUTES })
          : t('session.expiredBody')}
      </Text>
      <Group mt="xs" gap="xs">
        <Button size="xs" onClick={signInAgain}>
          {t('session.signInAgain')}
        </Button>
        {minutesLeft > 0 && (
          <Button size="xs" variant="subtle" onClick={() => setDismissedFor(session.signedInAt)}>
            {t('session.dismiss')}
          </Button>
        )}
      </Group>
    </Alert>
  )
}
