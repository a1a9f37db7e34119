import { Alert, List, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { InventoryPicker } from '../../../../components/inventory-picker'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { defaultSpanning, SCOPES, type GroupScope } from '../form-values'
import type { ResourceGroupForm } from '../form-values'

/** Step 2: the scope and the members, picked by name or entered by moref. */
export function ResourcesStep({ form }: { form: ResourceGroupForm }) {
  const { t } = useTranslation('resource-groups')
  const errorText = useMessageText()
  const values = form.getValues()
  const kind = values.scope === 'DATASTORES' ? 'datastore' : 'vm'

  const changeScope = (scope: string) => {
    if (scope === values.scope) return
    // Members of the other kind cannot stay; spanning follows the scope's default.
    form.setValues({
      scope: scope as GroupScope,
      entities: [],
      spanningType: defaultSpanning(scope as GroupScope),
      spanningDatastores: [],
    })
    form.clearFieldError('entities')
  }

  return (
    <Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="rg-scope-label">
          {t('wizard.resources.scope')}
        </Text>
        <SegmentedControl
          aria-labelledby="rg-scope-label"
          value={values.scope}
          onChange={changeScope}
          data={SCOPES.map((scope) => ({ value: scope, label: t(`scope.${scope}`) }))}
          w="fit-content"
        />
      </Stack>
      <InventoryPicker
        key={kind}
        kind={kind}
        multiple
        label={t(`wizard.resources.members.${kind}`)}
        description={t('wizard.resources.membersHint')}
        value={values.entities}
        onChange={(items) => {
          form.setFieldValue('entities', items)
          form.clearFieldError('entities')
        }}
        disableWhen={(item) => (item.isTemplate ? t('wizard.resources.templateRefused') : null)}
        error={errorText(form.errors.entities)}
        required
        data-testid="rg-members-picker"
      />
      <Alert variant="light" color="blue" title={t('wizard.resources.rulesTitle')}>
        <List size="sm" spacing={2}>
          <List.Item>{t('wizard.resources.rules.flexGroup')}</List.Item>
          <List.Item>{t('wizard.resources.rules.vvol')}</List.Item>
          <List.Item>{t('wizard.resources.rules.template')}</List.Item>
          <List.Item>{t('wizard.resources.rules.unique')}</List.Item>
        </List>
      </Alert>
    </Stack>
  )
}
