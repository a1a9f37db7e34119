import { Link } from 'react-router'
import { Alert, Anchor, List, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Job } from '../../api'
import { routes } from '../../lib/routes'

/** Names the jobs that block the restore, each linked to the job monitor. */
export function RunningOnGroupAlert({ jobs, groupName }: { jobs: readonly Job[]; groupName: string }) {
  const { t } = useTranslation('recovery')
  if (jobs.length === 0) return null
  return (
    <Alert
      color="orange"
      variant="default"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('running.title', { group: groupName })}
    >
      <Text size="sm">{t('running.explain')}</Text>
      <List size="sm" mt={4}>
        {jobs.map((job) => (
          <List.Item key={job.id}>
            <Anchor component={Link} to={routes.jobs.detail.href(job.id)} size="sm">
              {t('running.job', { id: job.id, name: job.name })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
