import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { RecoveryResultView } from '../../../components/recovery'
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
        <RecoveryResultView
          result={result}
          title={t('result.title')}
          started={result ? t('result.startedFor', { name: result.vm.name }) : ''}
          jobTitle={(id) => t('result.jobTitle', { id })}
          againLabel={t('result.another')}
          onAgain={() => setParams(new URLSearchParams())}
        >
          {result && <ReaddGroupsCard vm={result.vm} groups={result.groups} />}
        </RecoveryResultView>
      ) : (
        <RestoreVmWizard onDone={() => setParams(new URLSearchParams({ done: '1' }))} />
      )}
    </>
  )
}
