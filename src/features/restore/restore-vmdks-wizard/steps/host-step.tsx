import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { EsxHostChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../../api/resources'
import type { RestoreVmdksValues } from '../form'

/** Step 6: the ESXi host that performs the restore (W8 step 6, `availableEsxHostsList`). */
export function VmdksHostStep({ wizard }: { wizard: WizardForm<RestoreVmdksValues> }) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const moref = form.values.vm?.moref
  const query = useQuery({ ...vmBackupQueries.availableEsxHosts(moref ?? ''), enabled: moref !== undefined })
  return (
    <EsxHostChooser
      query={query}
      value={form.values.esxHost}
      onChange={(esxHost) => {
        form.setFieldValue('esxHost', esxHost)
        form.clearFieldError('esxHost')
      }}
      description={t('vmdks.host.description')}
      error={text(form.errors.esxHost)}
    />
  )
}
