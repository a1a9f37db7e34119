import type { ReactNode } from 'react'
import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

export interface Crumb {
  label: string
  to?: string
}

interface PageHeaderProps {
  title: ReactNode
  description?: ReactNode
  crumbs?: Crumb[]
  actions?: ReactNode
}

/** The title block every page starts with: breadcrumbs, an h1, a line of context and the page's actions. */
export function PageHeader({ title, description, crumbs, actions }: PageHeaderProps) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} mb="md">
      {crumbs && crumbs.length > 0 && (
        <Breadcrumbs aria-label={t('breadcrumbs.label')} separatorMargin={6}>
          {crumbs.map((crumb) =>
            crumb.to ? (
              <Anchor component={Link} to={crumb.to} size="sm" key={crumb.label}>
                {crumb.label}
              </Anchor>
            ) : (
              <Text size="sm" key={crumb.label} aria-current="page">
                {crumb.label}
              </Text>
            ),
          )}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {description && (
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      )}
    </Stack>
  )
}
