import { Link, useSearchParams } from 'react-router'
import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { RecoveryResultView } from '../../../components/recovery'
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
        <RecoveryResultView
          result={result}
          title={t('result.title')}
          started={
            result ? t('result.startedFor', { name: result.backupName, host: result.esxHostName }) : ''
          }
          jobTitle={(id) => t('result.jobTitle', { id })}
          againLabel={t('result.another')}
          onAgain={() => setParams(new URLSearchParams())}
          actions={
            <Button component={Link} to={routes.mounts.list.href()}>
              {t('result.openMounts')}
            </Button>
          }
        />
      ) : (
        <MountWizard onDone={() => setParams(new URLSearchParams({ done: '1' }))} />
      )}
    </>
  )
}
