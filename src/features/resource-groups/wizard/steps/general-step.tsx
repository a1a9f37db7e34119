import { Checkbox, Code, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NOTIFICATION_LEVELS, SNAPSHOT_VARIABLES } from '../form-values'
import { useFieldProps } from '../../../../lib/forms/use-field-props'
import type { ResourceGroupForm } from '../form-values'
import { keepsStoredFormat } from '../schema'

/** Step 1: name, description, notification and e-mail, snapshot naming. */
export function GeneralStep({ form }: { form: ResourceGroupForm }) {
  const { t } = useTranslation('resource-groups')
  const field = useFieldProps(form)
  const values = form.getValues()
  const notifies = values.notification !== 'NEVER'
  return (
    <Stack>
      <TextInput
        label={t('wizard.general.name')}
        description={t('wizard.general.nameHint')}
        required
        autoComplete="off"
        {...field('name')}
      />
      <Textarea label={t('wizard.general.description')} rows={2} {...field('description')} />
      <Select
        label={t('wizard.general.notification')}
        description={t('wizard.general.notificationHint')}
        data={NOTIFICATION_LEVELS.map((level) => ({ value: level, label: t(`notification.${level}`) }))}
        allowDeselect={false}
        {...field('notification')}
      />
      {notifies && (
        <Stack gap="sm" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}>
          <TextInput
            label={t('wizard.general.emailFrom')}
            required
            type="email"
            autoComplete="off"
            {...field('emailFrom')}
          />
          <TextInput
            label={t('wizard.general.emailTo')}
            description={t('wizard.general.emailToHint')}
            required
            autoComplete="off"
            {...field('emailTo')}
          />
          <TextInput label={t('wizard.general.emailSubject')} {...field('emailSubject')} />
        </Stack>
      )}
      <Checkbox
        label={t('wizard.general.latestSnapshot')}
        description={t('wizard.general.latestSnapshotHint')}
        {...field('useLatestSnapshotName', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('wizard.general.customFormat')}
        description={t('wizard.general.customFormatHint')}
        {...field('useCustomSnapshotFormat', { type: 'checkbox' })}
      />
      {values.useCustomSnapshotFormat && (
        <Stack gap="sm" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}>
          <TextInput
            label={t('wizard.general.format')}
            description={
              <Group gap={4} component="span">
                <Text span size="xs">
                  {t('wizard.general.formatVariables')}
                </Text>
                {SNAPSHOT_VARIABLES.map((variable) => (
                  <Code key={variable}>{variable}</Code>
                ))}
              </Group>
            }
            required
            autoComplete="off"
            {...field('snapshotNameFormat')}
          />
          {values.snapshotNameFormat.includes('$CustomText') && (
            <TextInput
              label={t('wizard.general.customText')}
              description={t('wizard.general.customTextHint')}
              required={!keepsStoredFormat(values)}
              autoComplete="off"
              {...field('customText')}
            />
          )}
        </Stack>
      )}
    </Stack>
  )
}
