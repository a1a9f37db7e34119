import { Link } from 'react-router'
import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routes } from '../../../lib/routes'
import { QueryState } from '../../../components/query-state/query-state'
import { StuckJobNote } from '../../../components/stuck-job-note/stuck-job-note'
import { JobStatusBadge, jobStatusTone, toneColor } from '../../../components/status-badge'
import { formatApplianceTime } from '../../../lib/format/date-time'
import { useJob } from '../../../api/resources'

/**
 * The restore job, followed by the jobs rule (`GET /4.1/jobs/{id}`: every few seconds while it progresses,
 * every few minutes if it only looks stuck, not after it ended), with a link to its full detail.
 */
export function JobProgressCard({ jobId }: { jobId: number }) {
  const { t } = useTranslation('restore')
  const { query, pace } = useJob(jobId, { freshness: 'now' })
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('result.jobTitle', { id: jobId })}
          </Title>
          <Anchor component={Link} to={routes.jobs.detail.href(jobId)} size="sm">
            {t('result.openJob')}
          </Anchor>
        </Group>
        <QueryState query={query} errorContext={t('result.jobFailedToLoad')}>
          {(data) => {
            const job = data.response
            const running = job.status === 'RUNNING'
            const progress = job.progress ?? (running ? 0 : 100)
            return (
              <Stack gap="xs" aria-live="polite">
                <Group gap="xs">
                  <JobStatusBadge status={job.status} />
                  <Text size="sm">{job.name}</Text>
                </Group>
                <Progress
                  value={progress}
                  animated={running}
                  aria-label={t('result.progress', { value: progress })}
                  color={toneColor(jobStatusTone(job.status))}
                />
                <Text size="xs" c="dimmed">
                  {t('result.started', { time: formatApplianceTime(job.startTime, { withZone: true }) })}
                  {job.phase ? ` · ${job.phase}` : ''}
                </Text>
                {pace === 'stuck' && (
                  <StuckJobNote onCheckNow={() => void query.refetch()} checking={query.isFetching} />
                )}
                {job.failureReason && (
                  <Text size="sm" c="red">
                    {job.failureReason}
                  </Text>
                )}
              </Stack>
            )
          }}
        </QueryState>
      </Stack>
    </Paper>
  )
}
