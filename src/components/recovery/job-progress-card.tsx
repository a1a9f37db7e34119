import { Link } from 'react-router'
import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useJob } from '../../api/resources'
import { StuckJobNote } from '../stuck-job-note/stuck-job-note'
import { formatApplianceTime } from '../../lib/format/date-time'
import { QueryState } from '../query-state/query-state'
import { JobStatusBadge, jobStatusTone, toneColor } from '../status-badge'

interface JobProgressCardProps {
  jobId: number
  /** e.g. "Restore job 42". */
  title: string
  /** Where the job's full detail is (the job monitor). */
  detailHref: string
}

/** A job a wizard started: its status, progress and phase while it runs, and a link to its full detail. */
export function JobProgressCard({ jobId, title, detailHref }: JobProgressCardProps) {
  const { t } = useTranslation('recovery')
  // Read again on arrival (the job was just started), then polled by the jobs rule while it runs.
  const { query, pace } = useJob(jobId, { freshness: 'now' })
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Anchor component={Link} to={detailHref} size="sm">
            {t('job.open')}
          </Anchor>
        </Group>
        <QueryState query={query} errorContext={t('job.loadFailed')}>
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
                  aria-label={t('job.progress', { value: progress })}
                  color={toneColor(jobStatusTone(job.status))}
                />
                <Text size="xs" c="dimmed">
                  {t('job.started', { time: formatApplianceTime(job.startTime, { withZone: true }) })}
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
