import { Alert, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { InventoryPicker, type InventoryItem } from '../../../../components/inventory-picker'
import type { RestoreVmValues } from '../form'

/** Step 1: the VM, by name (or preselected). Templates are refused here, before any request. */
export function VmStep({ form, vm }: { form: UseFormReturnType<RestoreVmValues>; vm: InventoryItem | null }) {
  const { t } = useTranslation('restore')
  const error = form.errors.vm
  const choose = (next: InventoryItem | null) => {
    // Everything after the VM depends on it.
    form.setValues({ vm: next, backup: null, locationType: null, locations: [], esxHost: '' })
    form.clearFieldError('vm')
    if (next?.isTemplate) form.setFieldError('vm', 'rules.template')
  }
  return (
    <Stack>
      <Text size="sm">{t('vm.intro')}</Text>
      <InventoryPicker
        kind="vm"
        label={t('vm.label')}
        value={vm}
        onChange={choose}
        required
        error={typeof error === 'string' ? t(error) : undefined}
        disableWhen={(item) => (item.isTemplate ? t('rules.template') : null)}
      />
      {vm?.isVvol && (
        <Alert color="blue" variant="light" role="note">
          {t('vm.vvolNote')}
        </Alert>
      )}
    </Stack>
  )
}
