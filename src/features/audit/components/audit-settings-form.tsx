import { Button, Group, NumberInput, Radio, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useUpdateAuditConfig } from '../../../api/resources'
import type { AuditConfig } from '../../../api'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { useFieldProps } from '../../../lib/forms/use-field-props'
import {
  auditFieldForServerMessage,
  auditSettingsFrom,
  RFC_FORMATS,
  toAuditConfig,
  validateAuditSettings,
  type AuditSettingsValues,
} from '../model/audit-settings-form'

/**
 * Audit settings (`PUT 4.1/audit/config`): how many rolled files to keep and how large each grows, and
 * forwarding to a syslog server. Checked before anything is sent; a refusal lands on the field it names.
 */
export function AuditSettingsForm({ config }: { config: AuditConfig }) {
  const { t } = useTranslation('audit')
  const update = useUpdateAuditConfig()
  const write = useApplianceWrite()
  const form = useForm<AuditSettingsValues>({
    // An edit after a refusal makes the next click a new attempt, even within the double-click window.
    onValuesChange: write.rearm,
    initialValues: auditSettingsFrom(config),
    validate: validateAuditSettings,
  })
  const field = useFieldProps(form)

  async function handleSubmit(values: AuditSettingsValues) {
    await write.run({
      operation: 'updateAuditConfig',
      send: async () => {
        await update.mutateAsync({ body: toAuditConfig(values) })
        form.resetDirty(values)
        return t('settings.saved')
      },
      onError: (apiError) => {
        const target =
          apiError.kind === 'validation' ? auditFieldForServerMessage(apiError.scvMessage) : undefined
        if (target && apiError.scvMessage) form.setFieldError(target, apiError.scvMessage)
      },
    })
  }

  const syslog = form.values.syslogEnabled
  return (
    <form
      onSubmit={form.onSubmit((values) => void handleSubmit(values))}
      noValidate
      aria-labelledby="audit-settings-title"
    >
      <Stack gap="md">
        <WriteErrorAlert error={write.error} context={t('settings.refused')} />
        <Group grow align="flex-start">
          <NumberInput
            label={t('settings.maxFiles')}
            description={t('settings.maxFilesDescription')}
            allowDecimal={false}
            allowNegative={false}
            required
            {...field('maxFiles')}
          />
          <NumberInput
            label={t('settings.sizeMb')}
            description={t('settings.sizeMbDescription')}
            allowDecimal={false}
            allowNegative={false}
            required
            {...field('sizeMb')}
          />
        </Group>
        <Switch
          label={t('settings.syslogEnabled')}
          description={t('settings.syslogEnabledDescription')}
          {...form.getInputProps('syslogEnabled', { type: 'checkbox' })}
        />
        {syslog && (
          <>
            <Group grow align="flex-start">
              <TextInput
                label={t('settings.host')}
                description={t('settings.hostDescription')}
                required
                autoComplete="off"
                {...field('host')}
              />
              <NumberInput
                label={t('settings.port')}
                description={t('settings.portDescription')}
                allowDecimal={false}
                allowNegative={false}
                required
                {...field('port')}
              />
            </Group>
            <Radio.Group label={t('settings.rfcFormat')} {...field('rfcFormat')}>
              <Group mt={4}>
                {RFC_FORMATS.map((format) => (
                  <Radio key={format} value={format} label={t(`settings.rfc.${format}`)} />
                ))}
              </Group>
            </Radio.Group>
          </>
        )}
        {!syslog && config.syslogServerIp && (
          <Text size="sm" c="dimmed">
            {t('settings.syslogKept', { host: config.syslogServerIp })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
