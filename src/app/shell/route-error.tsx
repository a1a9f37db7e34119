import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { Link, isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../components/error/api-error-alert'
import { isApiError } from '../../api'
import { routes } from '../../lib/routes'

/**
 * A page that throws shows this inside the shell: the header and navbar stay, so the user can go elsewhere.
 * Retry forgets the failed reads and revalidates the route, which clears React Router's caught error and
 * renders the page again, so it asks the appliance afresh.
 */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  const queryClient = useQueryClient()
  const revalidator = useRevalidator()
  const retry = () => {
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' })
    void revalidator.revalidate()
  }
  if (isApiError(error)) return <ApiErrorAlert error={error} onRetry={retry} />
  const details = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error)
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('routeError.title')}
      </Title>
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
        <Text size="sm">{t('routeError.body')}</Text>
        <Text size="xs" mt="xs" fw={500}>
          {t('routeError.details')}
        </Text>
        <Code block mt={4}>
          {details}
        </Code>
      </Alert>
      <Group>
        <Button onClick={retry}>{t('state.retry')}</Button>
        <Button variant="default" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
        <Button component={Link} to={routes.dashboard.href()} variant="default">
          {t('routeError.home')}
        </Button>
      </Group>
    </Stack>
  )
}
