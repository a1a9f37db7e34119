import { Alert, Radio, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { InventoryPicker } from '../../../../components/inventory-picker'
import { spanningUnavailable } from '../../model/composition'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { defaultSpanning, SPANNING_TYPES } from '../form-values'
import { useFieldProps } from '../../../../lib/forms/use-field-props'
import type { ResourceGroupForm } from '../form-values'

/** Step 3: what to do with VMs whose disks span several datastores. */
export function SpanningStep({ form }: { form: ResourceGroupForm }) {
  const { t } = useTranslation('resource-groups')
  const field = useFieldProps(form)
  const errorText = useMessageText()
  const values = form.getValues()

  if (spanningUnavailable(values.entities)) {
    return (
      <Alert variant="light" color="blue" title={t('wizard.spanning.unavailableTitle')}>
        {t('wizard.spanning.unavailable')}
      </Alert>
    )
  }
  const recommended = defaultSpanning(values.scope)
  return (
    <Stack>
      <Text size="sm">{t('wizard.spanning.intro')}</Text>
      <Radio.Group label={t('wizard.spanning.label')} {...field('spanningType')}>
        <Stack gap="sm" mt="xs">
          {SPANNING_TYPES.map((type) => (
            <Radio
              key={type}
              value={type}
              label={
                type === recommended
                  ? t('wizard.spanning.defaultFor', {
                      choice: t(`spanning.${type}`),
                      scope: t(`scope.${values.scope}`),
                    })
                  : t(`spanning.${type}`)
              }
              description={t(`wizard.spanning.hint.${type}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {values.spanningType === 'MANUAL' && (
        <InventoryPicker
          kind="datastore"
          multiple
          label={t('wizard.spanning.datastores')}
          description={t('wizard.spanning.datastoresHint')}
          value={values.spanningDatastores}
          onChange={(items) => {
            form.setFieldValue('spanningDatastores', items)
            form.clearFieldError('spanningDatastores')
          }}
          error={errorText(form.errors.spanningDatastores)}
          required
        />
      )}
    </Stack>
  )
}
