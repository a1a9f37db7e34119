import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconPlayerTrackNext } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { InventoryPicker, type InventoryItem } from '../../../../components/inventory-picker'
import type { WizardForm } from '../../../../components/wizard'
import { formMessage } from '../../../../lib/forms/form-message'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { afterVm, type RestoreVmValues } from '../form'

/**
 * Step 1: the VM, by name (or preselected). Templates are refused here, before any request. Enter on a VM in the
 * list picks it and moves on; "Restore from the newest backup…" takes every default and opens the review.
 */
export function VmStep({ wizard }: { wizard: WizardForm<RestoreVmValues> }) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const vm = form.values.vm
  const choose = (next: InventoryItem | null) => {
    form.setValues({ vm: next, ...afterVm })
    form.clearFieldError('vm')
    if (next?.isTemplate) form.setFieldError('vm', formMessage('restore', 'rules.template'))
  }
  return (
    <Stack>
      <Text size="sm">{t('vm.intro')}</Text>
      <InventoryPicker
        kind="vm"
        label={t('vm.label')}
        value={vm}
        onChange={choose}
        onPickByEnter={() => void wizard.next()}
        autoFocus={vm === null}
        required
        error={text(form.errors.vm)}
        disableWhen={(item) => (item.isTemplate ? t('rules.template') : null)}
      />
      {vm?.isVvol && (
        <Alert color="blue" variant="light" role="note">
          {t('vm.vvolNote')}
        </Alert>
      )}
      {vm && !vm.isTemplate && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlayerTrackNext size={16} aria-hidden />}
            onClick={() => void wizard.skipTo('review')}
          >
            {t('vm.newest', { name: vm.name })}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
