import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { components } from '../../../api'
import { JobStatusBadge, StatusBadge } from '../../../components/status-badge'
import { formatApplianceTime } from '../../../lib/format/date-time'
import { routes } from '../../../lib/routes'

type Job = components['schemas']['Job']

function JobLink({ job }: { job: Job }) {
  const { t } = useTranslation('dashboard')
  return (
    <Anchor component={Link} to={routes.jobs.detail.href(job.id)} size="sm">
      {t('jobs.link', { id: job.id, name: job.name })}
    </Anchor>
  )
}

/** The last five backup, restore and mount jobs, each linked to its page, as SCV's "Recent job activities". */
export function RecentJobs({ jobs }: { jobs: Job[] }) {
  const { t } = useTranslation('dashboard')
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="recent-jobs-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="recent-jobs-title">
          {t('jobs.recentTitle')}
        </Title>
        <Anchor component={Link} to={routes.jobs.list.href()} size="sm">
          {t('jobs.seeAll')}
        </Anchor>
      </Group>
      {jobs.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('jobs.noRecent')}
        </Text>
      ) : (
        // Long job names break rather than push a phone's page sideways.
        <Table style={{ overflowWrap: 'anywhere' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('jobs.job')}</Table.Th>
              <Table.Th>{t('jobs.status')}</Table.Th>
              <Table.Th>{t('jobs.started')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>
                  <JobLink job={job} />
                </Table.Td>
                <Table.Td>
                  <JobStatusBadge status={job.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatApplianceTime(job.startTime, { withZone: true })}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}

/** Jobs running now, those far past their usual duration marked as possibly stuck. */
export function RunningJobs({ running }: { running: { job: Job; possiblyStuck: boolean }[] }) {
  const { t } = useTranslation('dashboard')
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="running-jobs-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="running-jobs-title">
          {t('jobs.runningTitle', { count: running.length })}
        </Title>
        <Anchor component={Link} to={routes.jobs.list.href({ status: 'RUNNING' })} size="sm">
          {t('jobs.seeRunning')}
        </Anchor>
      </Group>
      {running.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('jobs.noneRunning')}
        </Text>
      ) : (
        <Stack gap={6}>
          {running.map(({ job, possiblyStuck }) => (
            <Group key={job.id} gap="xs" justify="space-between" wrap="nowrap">
              <JobLink job={job} />
              {possiblyStuck && <StatusBadge tone="warning" label={t('jobs.possiblyStuck')} />}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
