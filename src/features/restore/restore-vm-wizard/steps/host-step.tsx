import { Checkbox, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { EsxHostChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../../api/resources'
import type { RestoreVmValues } from '../form'

/** Step 4: the ESXi host to restore on (W6 step 4, `availableEsxHostsList`) and whether to restart the VM. */
export function HostStep({ wizard }: { wizard: WizardForm<RestoreVmValues> }) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const moref = form.values.vm?.moref
  const query = useQuery({ ...vmBackupQueries.availableEsxHosts(moref ?? ''), enabled: moref !== undefined })
  const partial = form.values.backup?.partial ?? false
  return (
    <Stack>
      <EsxHostChooser
        query={query}
        value={form.values.esxHost}
        onChange={(esxHost) => {
          form.setFieldValue('esxHost', esxHost)
          form.clearFieldError('esxHost')
        }}
        description={t('host.description')}
        error={text(form.errors.esxHost)}
      />
      <Checkbox
        label={t('host.restart')}
        description={partial ? t('rules.partialRestart') : t('host.restartDescription')}
        checked={partial ? false : form.values.restartVM === true}
        disabled={partial}
        onChange={(event) => {
          form.setFieldValue('restartVM', event.currentTarget.checked)
          form.clearFieldError('restartVM')
        }}
        error={text(form.errors.restartVM)}
      />
    </Stack>
  )
}
