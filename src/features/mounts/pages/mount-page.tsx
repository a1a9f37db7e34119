import { Link, useSearchParams } from 'react-router'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { JobProgressCard } from '../../../components/recovery'
import { useWizardResult } from '../../../components/wizard'
import { MOUNT_RESULT, type MountResult } from '../mount-result'
import { MountWizard } from '../mount-wizard/mount-wizard'

/** `/mounts/mount`: the wizard, then (`?done=1`) the mount's job and where to find the mounted datastore. */
export function MountPage() {
  const { t } = useTranslation('mounts')
  const [params, setParams] = useSearchParams()
  const done = params.get('done') === '1'
  const result = useWizardResult<MountResult>(MOUNT_RESULT).load()
  return (
    <>
      <PageHeader title={t('wizardTitle')} description={t('wizardDescription')} />
      {done ? (
        <Stack>
          {result ? (
            <>
              <Alert color="green" variant="default" role="status" title={t('result.title')}>
                <Text size="sm">
                  {result.message ??
                    t('result.startedFor', { name: result.backupName, host: result.esxHostName })}
                </Text>
              </Alert>
              {result.jobId !== null ? (
                <JobProgressCard
                  jobId={result.jobId}
                  title={t('result.jobTitle', { id: result.jobId })}
                  detailHref={routes.jobs.detail.href(result.jobId)}
                />
              ) : (
                <Text size="sm">
                  {t('result.noJobId')} <Link to={routes.jobs.list.href()}>{t('result.openJobs')}</Link>
                </Text>
              )}
            </>
          ) : (
            <Text>{t('result.lost')}</Text>
          )}
          <Group>
            <Button component={Link} to={routes.mounts.list.href()}>
              {t('result.openMounts')}
            </Button>
            <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
              {t('result.another')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <MountWizard onDone={() => setParams(new URLSearchParams({ done: '1' }))} />
      )}
    </>
  )
}
