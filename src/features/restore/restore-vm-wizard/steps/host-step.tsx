import type { ReactNode } from 'react'
import { Checkbox, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { EsxHostChooser } from '../../../../components/recovery'
import type { WizardForm } from '../../../../components/wizard'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../../api/resources'
import type { RestoreVmValues } from '../form'

interface HostStepProps<V extends RestoreVmValues> {
  wizard: WizardForm<V>
  /** The moref the hosts call takes; the VM's by default (W6), a datastore's for a deleted VM (W7). */
  hostsMoref?: string | null
  /** Said above the host, e.g. which moref the hosts were asked for and why. */
  note?: ReactNode
}

/** The ESXi host to restore on (W6/W7 step 4, `availableEsxHostsList`) and whether to restart the VM. */
export function HostStep<V extends RestoreVmValues>({ wizard, hostsMoref, note }: HostStepProps<V>) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const moref = hostsMoref === undefined ? form.values.vm?.moref : hostsMoref
  const query = useQuery({ ...vmBackupQueries.availableEsxHosts(moref ?? ''), enabled: Boolean(moref) })
  const partial = form.values.backup?.partial ?? false
  const set = (values: Partial<RestoreVmValues>) => form.setValues(values as Partial<V>)
  return (
    <Stack>
      {note}
      <EsxHostChooser
        query={query}
        value={form.values.esxHost}
        onChange={(esxHost) => {
          set({ esxHost })
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
          set({ restartVM: event.currentTarget.checked })
          form.clearFieldError('restartVM')
        }}
        error={text(form.errors.restartVM)}
      />
    </Stack>
  )
}
