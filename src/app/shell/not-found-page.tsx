import { Button, Stack, Text, Title } from '@mantine/core'
import { Link, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { routes } from '../../lib/routes'

/** Any address no route knows. */
export function NotFoundPage() {
  const { t } = useTranslation()
  const location = useLocation()
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.body', { path: location.pathname })}</Text>
      <div>
        <Button component={Link} to={routes.dashboard.href()}>
          {t('notFound.home')}
        </Button>
      </div>
    </Stack>
  )
}
