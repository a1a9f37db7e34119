import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '../../../api'

/**
 * Wrong credentials, an unreachable appliance and a server failure need different next steps, so each has
 * its own message.
 */
export function SignInError({ error, target }: { error: ApiError; target: string }) {
  const { t } = useTranslation('auth')
  const message = (() => {
    switch (error.kind) {
      case 'unauthorized':
      case 'validation':
        return t('errors.wrongCredentials')
      case 'forbidden':
        return t('errors.forbidden')
      case 'network':
        return t('errors.unreachable', { target: target ? ` (${target})` : '' })
      case 'malformed':
        return t('errors.malformed')
      default:
        return t('errors.server', { status: error.status || '—' })
    }
  })()
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Text size="sm">{message}</Text>
      {error.scvMessage && error.kind !== 'unauthorized' && (
        <Text size="sm" mt={4}>
          {t('errors.serverSaid', { message: error.scvMessage })}
        </Text>
      )}
    </Alert>
  )
}
