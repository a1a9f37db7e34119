import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routes } from '../../lib/routes'
import { JobProgressCard } from './job-progress-card'
import type { RecoveryResult } from './recovery-data'

interface RecoveryResultViewProps {
  result: RecoveryResult | null
  /** e.g. "Disk restore started". */
  title: string
  /** What started, when the appliance sent no message. */
  started: string
  /** e.g. "Restore job 42" for the job card. */
  jobTitle: (id: number) => string
  /** Another run of the same wizard. */
  againLabel: string
  onAgain: () => void
  /** Where the result shows besides the job (e.g. a button to the mounts page), before "again". */
  actions?: ReactNode
  /** What follows the job card, e.g. the restored VM's resource groups to re-add it to. */
  children?: ReactNode
}

/** After a recovery wizard's submit: what started, the job as it runs, and the way to start another. */
export function RecoveryResultView({
  result,
  title,
  started,
  jobTitle,
  againLabel,
  onAgain,
  actions,
  children,
}: RecoveryResultViewProps) {
  const { t } = useTranslation('recovery')
  return (
    <Stack>
      {result ? (
        <>
          <Alert color="green" variant="default" role="status" title={title}>
            <Text size="sm">{result.message ?? started}</Text>
          </Alert>
          {result.jobId !== null ? (
            <JobProgressCard
              jobId={result.jobId}
              title={jobTitle(result.jobId)}
              detailHref={routes.jobs.detail.href(result.jobId)}
            />
          ) : (
            <Text size="sm">
              {t('result.noJobId')} <Link to={routes.jobs.list.href()}>{t('result.openJobs')}</Link>
            </Text>
          )}
          {children}
        </>
      ) : (
        <Text>{t('result.lost')}</Text>
      )}
      <Group>
        {actions}
        <Button variant="default" onClick={onAgain}>
          {againLabel}
        </Button>
      </Group>
    </Stack>
  )
}
