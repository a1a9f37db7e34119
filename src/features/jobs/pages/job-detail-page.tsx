import { useState, type ReactNode } from 'react'
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconDownload, IconHandStop } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { routes } from '../../../lib/routes'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { StuckJobNote } from '../../../components/stuck-job-note/stuck-job-note'
import { formatApplianceTime, formatDuration } from '../../../lib/format/date-time'
import { jobQueries } from '../../../api/resources'
import { useDownloadJobLogs } from '../api/download-job-logs'
import { JobProgress } from '../components/job-progress'
import { JobStatusBadge } from '../../../components/status-badge'
import { JobTypeLabel } from '../components/job-type-label'
import { MarkFailedModal } from '../components/mark-failed-modal'
import { FailureGuidanceCard } from '../components/failure-guidance-card'
import { useJobs } from '../hooks/use-jobs'
import { toJobRow, type Job, type JobTask } from '../model/job-row'
import { assessRunning, usualDuration } from '../model/job-set'

/** One job with its own URL: every field, its phases, errors, related objects, logs and "Mark as failed". */
export function JobDetailPage() {
  const { t } = useTranslation('jobs')
  const params = useParams()
  const location = useLocation()
  const id = Number(params.id)
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch ?? ''
  const crumbs = [
    { label: t('title'), to: `${routes.jobs.list.href()}${listSearch}` },
    { label: t('detail.crumb', { id: params.id }) },
  ]
  if (!Number.isInteger(id) || id < 0) {
    return (
      <>
        <PageHeader title={t('detail.title', { id: params.id })} crumbs={crumbs} />
        <Alert color="red" variant="light" role="alert">
          {t('detail.badId', { id: params.id })}
        </Alert>
      </>
    )
  }
  return <JobDetail id={id} crumbs={crumbs} />
}

function JobDetail({ id, crumbs }: { id: number; crumbs: Array<{ label: string; to?: string }> }) {
  const { t } = useTranslation('jobs')
  // The job list gives the job's usual duration, so a stuck job is re-checked slowly, not every 2 s.
  const { snapshot } = useJobs()
  const query = useQuery(jobQueries.detail(id, { history: snapshot }))
  const job = query.data?.response
  const download = useDownloadJobLogs()
  const [confirming, setConfirming] = useState(false)

  const running = job?.status === 'RUNNING'
  // Elapsed time as of the last refresh (every 2 s while the job runs).
  const now = query.dataUpdatedAt
  const assessment = job && running && snapshot ? assessRunning(job, snapshot, now) : null

  return (
    <>
      <PageHeader
        title={t('detail.title', { id })}
        description={job?.name}
        crumbs={crumbs}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => download.mutate(id)}
              loading={download.isPending}
              disabled={download.isPending}
            >
              {t('detail.downloadLogs')}
            </Button>
            {running && (
              <Button
                color="red.9"
                leftSection={<IconHandStop size={16} aria-hidden />}
                onClick={() => setConfirming(true)}
                disabled={!assessment}
              >
                {t('markFailed.open')}
              </Button>
            )}
          </>
        }
      />
      {download.error && (
        <ApiErrorAlert
          error={download.error}
          context={t('detail.logsError', { id })}
          onRetry={() => download.mutate(id)}
        />
      )}
      {download.isSuccess && (
        <Text size="sm" c="dimmed" role="status" mb="sm">
          {t('detail.logsSaved', { file: download.data.fileName })}
        </Text>
      )}
      <QueryState query={query} errorContext={t('errors.detail', { id })}>
        {(data) => (
          <JobDetailBody
            job={data.response}
            now={now}
            onDownloadLogs={() => download.mutate(id)}
            downloading={download.isPending}
            onCheckNow={() => void query.refetch()}
            checking={query.isFetching}
          />
        )}
      </QueryState>
      {job && running && assessment && (
        <MarkFailedModal
          opened={confirming}
          onClose={() => setConfirming(false)}
          jobId={id}
          jobName={job.name ?? ''}
          assessment={assessment}
        />
      )}
    </>
  )
}

interface JobDetailBodyProps {
  job: Job
  now: number
  onDownloadLogs: () => void
  downloading: boolean
  /** A stuck job is re-checked every few minutes; this asks now. */
  onCheckNow: () => void
  checking: boolean
}

function JobDetailBody({ job, now, onDownloadLogs, downloading, onCheckNow, checking }: JobDetailBodyProps) {
  const { t } = useTranslation('jobs')
  const { snapshot } = useJobs()
  const raw: Partial<Job> = job
  const row = toJobRow(job, -1)
  const running = row.status === 'RUNNING'
  const assessment = running && snapshot ? assessRunning(job, snapshot, now) : null
  const medianMs = snapshot ? usualDuration(snapshot, raw.type) : undefined
  const fields: Array<[string, ReactNode]> = [
    [t('detail.fields.status'), <JobStatusBadge status={raw.status} key="s" />],
    [t('detail.fields.type'), <JobTypeLabel type={raw.type} key="t" />],
    [t('detail.fields.start'), formatApplianceTime(raw.startTime, { withZone: true })],
    [
      t('detail.fields.end'),
      running ? t('table.stillRunning') : formatApplianceTime(raw.endTime, { withZone: true }),
    ],
    [
      running ? t('detail.fields.elapsed') : t('detail.fields.duration'),
      formatDuration(running ? assessment?.elapsedMs : row.durationMs),
    ],
    [
      t('detail.fields.usual'),
      <Group gap="xs" key="u">
        <Text size="sm">{medianMs === undefined ? '—' : formatDuration(medianMs)}</Text>
        {assessment?.possiblyStuck && (
          <Badge color="red.9" variant="filled">
            {t('stuck.badge')}
          </Badge>
        )}
      </Group>,
    ],
    [
      t('detail.fields.resourceGroup'),
      typeof raw.resourceGroupId === 'number' ? (
        <Anchor
          component={Link}
          to={routes.resourceGroups.detail.href(raw.resourceGroupId)}
          size="sm"
          key="rg"
        >
          {raw.resourceGroupName ?? t('table.resourceGroupId', { id: raw.resourceGroupId })}
        </Anchor>
      ) : (
        '—'
      ),
    ],
    [
      t('detail.fields.policy'),
      raw.policyName ?? (typeof raw.policyId === 'number' ? `#${raw.policyId}` : '—'),
    ],
    [t('detail.fields.backup'), typeof raw.backupId === 'number' ? `#${raw.backupId}` : '—'],
    [
      t('detail.fields.object'),
      raw.objectName || raw.objectMoref
        ? `${raw.objectType ? `${raw.objectType} ` : ''}${raw.objectName ?? ''}${raw.objectMoref ? ` (${raw.objectMoref})` : ''}`
        : '—',
    ],
  ]
  return (
    <Stack gap="md">
      {running && (
        <Paper withBorder p="md" component="section" aria-labelledby="job-progress-heading">
          <Title order={2} size="h4" id="job-progress-heading" mb="xs">
            {t('detail.progress')}
          </Title>
          <JobProgress id={row.id} progress={raw.progress} phase={raw.phase} />
          {assessment?.possiblyStuck && (
            <Stack mt="sm">
              <StuckJobNote onCheckNow={onCheckNow} checking={checking} />
            </Stack>
          )}
        </Paper>
      )}
      {(row.status === 'FAILED' || row.status === 'WARNING') && (
        <Alert
          color={row.status === 'FAILED' ? 'red' : 'yellow'}
          variant="light"
          // Mantine's light title colour is below 4.5:1 on its own background; the body text colour is not.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          icon={<IconAlertTriangle aria-hidden />}
          title={row.status === 'FAILED' ? t('detail.failedTitle') : t('detail.warningTitle')}
        >
          <Text size="sm">{raw.failureReason || t('table.noReason')}</Text>
        </Alert>
      )}
      {(row.status === 'FAILED' || row.status === 'WARNING') && (
        <FailureGuidanceCard
          jobId={row.id}
          reason={raw.failureReason}
          onDownloadLogs={onDownloadLogs}
          downloading={downloading}
        />
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="job-fields-heading">
        <Title order={2} size="h4" id="job-fields-heading" mb="xs">
          {t('detail.summary')}
        </Title>
        <Table variant="vertical" layout="fixed" withTableBorder={false}>
          <Table.Tbody>
            {fields.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w={200}>
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="job-tasks-heading">
        <Title order={2} size="h4" id="job-tasks-heading" mb="xs">
          {t('detail.tasks')}
        </Title>
        <JobTasksTable tasks={raw.tasks ?? []} />
      </Paper>
    </Stack>
  )
}

/** The job's sub-tasks (phases) with their times and messages. */
function JobTasksTable({ tasks }: { tasks: readonly JobTask[] }) {
  const { t } = useTranslation('jobs')
  if (tasks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.noTasks')}
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-labelledby="job-tasks-heading">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.taskColumns.name')}</Table.Th>
            <Table.Th>{t('detail.taskColumns.status')}</Table.Th>
            <Table.Th>{t('detail.taskColumns.start')}</Table.Th>
            <Table.Th>{t('detail.taskColumns.end')}</Table.Th>
            <Table.Th>{t('detail.taskColumns.duration')}</Table.Th>
            <Table.Th>{t('detail.taskColumns.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task, index) => {
            const raw: Partial<JobTask> = task
            const start = raw.startTime ? Date.parse(raw.startTime) : Number.NaN
            const end = raw.endTime ? Date.parse(raw.endTime) : Number.NaN
            return (
              <Table.Tr key={`${raw.name ?? ''}-${index}`}>
                <Table.Td>{raw.name || '—'}</Table.Td>
                <Table.Td>
                  <JobStatusBadge status={raw.status} />
                </Table.Td>
                <Table.Td>{formatApplianceTime(raw.startTime)}</Table.Td>
                <Table.Td>{formatApplianceTime(raw.endTime)}</Table.Td>
                <Table.Td>{formatDuration(end - start)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{raw.message || '—'}</Text>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
