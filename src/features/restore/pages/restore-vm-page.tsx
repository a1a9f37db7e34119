import { Link, useSearchParams } from 'react-router'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { JobProgressCard } from '../../../components/recovery'
import { useWizardResult } from '../../../components/wizard'
import { ReaddGroupsCard } from '../components/readd-groups-card'
import { RESTORE_RESULT, type RestoreResult } from '../restore-result'
import { RestoreVmWizard } from '../restore-vm-wizard/restore-vm-wizard'

/** `/restore/vm`: the wizard, then (`?done=1`) the restore's job and the follow-up. */
export function RestoreVmPage() {
  const { t } = useTranslation('restore')
  const [params, setParams] = useSearchParams()
  const done = params.get('done') === '1'
  const result = useWizardResult<RestoreResult>(RESTORE_RESULT).load()
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        crumbs={[{ label: t('crumbBackups'), to: routes.backups.browser.href() }, { label: t('title') }]}
      />
      {done ? (
        <Stack>
          {result ? (
            <>
              <Alert color="green" variant="default" role="status" title={t('result.title')}>
                <Text size="sm">{result.message ?? t('result.startedFor', { name: result.vm.name })}</Text>
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
              <ReaddGroupsCard vm={result.vm} groups={result.groups} />
            </>
          ) : (
            <Text>{t('result.lost')}</Text>
          )}
          <Group>
            <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
              {t('result.another')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <RestoreVmWizard onDone={() => setParams(new URLSearchParams({ done: '1' }))} />
      )}
    </>
  )
}
