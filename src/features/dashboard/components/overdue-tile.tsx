import { Anchor, List, Paper, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../components/query-state/query-state'
import { overdueGroups } from '../../../lib/protection/overdue'
import { useOverdueProtection } from '../../../lib/protection/use-overdue'
import { routes } from '../../../lib/routes'

const SHOWN = 4

/**
 * Groups whose newest successful backup is older than their schedule allows — what SCV's dashboard does not show:
 * protection that lapsed without a failed job (suspended, schedule deleted, schedule not starting jobs).
 */
export function OverdueTile() {
  const { t } = useTranslation('dashboard')
  const { query, findings } = useOverdueProtection()
  const groups = overdueGroups(findings)
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="overdue-title">
      <Title order={2} size="h4" id="overdue-title" mb={4}>
        {t('overdue.title')}
      </Title>
      <QueryState query={query} errorContext={t('errors.overdue')}>
        {() => (
          <>
            <Text fz={28} fw={700} lh={1.1} data-testid="overdue-count">
              {groups.length}
            </Text>
            <Text size="sm" c="dimmed" mb="xs">
              {groups.length ? t('overdue.detail', { count: groups.length }) : t('overdue.none')}
            </Text>
            {groups.length > 0 && (
              <List size="sm" spacing={2} mb="xs">
                {groups.slice(0, SHOWN).map((group) => {
                  const reason = findings.find((finding) => finding.group.id === group.id)?.reason.kind
                  return (
                    <List.Item key={group.id}>
                      <Anchor
                        component={Link}
                        to={routes.resourceGroups.detail.href(group.id)}
                        size="sm"
                        underline="always"
                      >
                        {group.name}
                      </Anchor>
                      {reason && ` — ${t(`overdue.reason.${reason}`)}`}
                    </List.Item>
                  )
                })}
              </List>
            )}
            <Anchor component={Link} to={routes.reports.href('overdue')} size="sm">
              {t('overdue.open')}
            </Anchor>
          </>
        )}
      </QueryState>
    </Paper>
  )
}
