import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { toApiError } from '../../api'
import { answerProblemText } from './api-error-reason'

interface ApiErrorAlertProps {
  error: unknown
  /** Shown as a Retry button when given. */
  onRetry?: () => void
  /** A sentence saying what failed, e.g. "Could not load the jobs." */
  context?: string
}

/**
 * One way to show a failed call everywhere: what kind of trouble it is, what the appliance itself said, and
 * what the user can do next.
 */
export function ApiErrorAlert({ error, onRetry, context }: ApiErrorAlertProps) {
  const { t } = useTranslation()
  const apiError = toApiError(error)
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t(`errors.title.${apiError.kind}`)}
      role="alert"
    >
      <Stack gap="xs">
        {context && <Text size="sm">{context}</Text>}
        {apiError.scvMessage && (
          <Text size="sm" fw={500}>
            {/* The console server speaks for an appliance it could not reach. */}
            {t(
              apiError.appliance && apiError.kind === 'network'
                ? 'errors.consoleServerSaid'
                : 'errors.applianceSaid',
              {
                message: apiError.scvMessage,
              },
            )}
          </Text>
        )}
        {apiError.problem && (
          <Text size="sm" fw={500}>
            {answerProblemText(apiError.problem, `${apiError.method} ${apiError.path}`, t)}
          </Text>
        )}
        <Text size="sm">{t(`errors.body.${apiError.kind}`)}</Text>
        {apiError.status > 0 && (
          <Text size="xs" c="dimmed">
            {t('errors.status', { status: apiError.status })}
            {apiError.path ? ` · ${apiError.method} ${apiError.path}` : ''}
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onRetry}>
              {t('state.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  )
}
