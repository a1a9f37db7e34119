import type { ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { RecoveryResultView, type RecoveryResult } from '../../../components/recovery'
import { useWizardResult } from '../../../components/wizard'

/** The recovery wizards after W6, each with its texts under this key of the `restore` catalogue. */
export type RecoveryWizardKey = 'vmdks' | 'attach' | 'detach' | 'deleted'

interface RecoveryWizardPageProps {
  wizard: RecoveryWizardKey
  /** The wizard; it calls `onDone` once its write has started a job. */
  children: (onDone: (result: RecoveryResult) => void) => ReactNode
}

/**
 * A recovery wizard's page: its header, the wizard, then (`?done=1`) the job it started, kept for the tab so a
 * reload still follows it.
 */
export function RecoveryWizardPage({ wizard, children }: RecoveryWizardPageProps) {
  const { t } = useTranslation('restore')
  const [params, setParams] = useSearchParams()
  const stored = useWizardResult<RecoveryResult>(`recovery-${wizard}`)
  const done = params.get('done') === '1'
  return (
    <>
      <PageHeader
        title={t(`${wizard}.title`)}
        description={t(`${wizard}.description`)}
        crumbs={[
          { label: t('crumbBackups'), to: routes.backups.browser.href() },
          { label: t(`${wizard}.title`) },
        ]}
      />
      {done ? (
        <RecoveryResultView
          result={stored.load()}
          title={t(`${wizard}.result.title`)}
          started={t(`${wizard}.result.started`)}
          jobTitle={(id) => t(`${wizard}.result.jobTitle`, { id })}
          againLabel={t(`${wizard}.result.again`)}
          onAgain={() => setParams(new URLSearchParams())}
        />
      ) : (
        children((result) => {
          stored.save(result)
          setParams(new URLSearchParams({ done: '1' }))
        })
      )}
    </>
  )
}
