import { useState } from 'react'
import { Alert, Button, Group, NumberInput, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/confirm/form-dialog'
import { useRegisterVcenter, useValidateVcenter } from '../../../api/resources'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { NotOfferedNotice } from '../../../components/not-offered/not-offered-notice'
import { scvMessageOf } from '../model/reply-message'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { useFieldProps } from '../../../lib/forms/use-field-props'
import { EMPTY_VCENTER, validateVcenter, vcenterFieldFor, type VcenterValues } from '../model/appliance-forms'

/**
 * Checks the connection to vCenter and (re-)registers the plug-in's extension there (`POST
 * /4.1/vcenter/validate`, `POST /4.1/vcenter`; documented briefly in 2026, then removed). Each button goes away,
 * with the reason, once the appliance says it does not have the call. The password is sent and forgotten.
 */
export function VcenterRegistration() {
  const { t } = useTranslation('settings')
  const validate = useValidateVcenter()
  const register = useRegisterVcenter()
  // One guarded write each: a refused check must not hold back a registration sent right after it.
  const checkWrite = useApplianceWrite()
  const registerWrite = useApplianceWrite()
  const validateUnsupported = useOperationUnsupported('validateVcenter')
  const registerUnsupported = useOperationUnsupported('registerVcenter')
  const [checked, setChecked] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const form = useForm<VcenterValues>({
    initialValues: EMPTY_VCENTER,
    validate: validateVcenter,
    // An edit after a refusal makes the next click a new attempt, even within the double-click window.
    onValuesChange: () => {
      checkWrite.rearm()
      registerWrite.rearm()
    },
  })
  const field = useFieldProps(form)
  const body = (values: VcenterValues) => ({
    vcenterHost: values.vcenterHost.trim(),
    port: Number(values.port),
    username: values.username.trim(),
    password: values.password,
  })
  const placeError = (apiError: { kind: string; scvMessage?: string }) => {
    const target =
      apiError.kind === 'validation' || apiError.kind === 'unauthorized'
        ? vcenterFieldFor(apiError.scvMessage)
        : undefined
    if (target && apiError.scvMessage) form.setFieldError(target, apiError.scvMessage)
  }

  async function handleValidate() {
    if (form.validate().hasErrors) return
    setChecked(null)
    await checkWrite.run({
      operation: 'validateVcenter',
      send: async () => {
        const reply = await validate.mutateAsync({ body: body(form.values) })
        const said = scvMessageOf(reply) ?? t('vcenter.valid')
        setChecked(said)
        return said
      },
      onError: placeError,
      onNotSupported: () => undefined,
    })
  }

  async function handleRegister() {
    const done = await registerWrite.run({
      operation: 'registerVcenter',
      send: async () => {
        const reply = await register.mutateAsync({ body: body(form.values) })
        form.setFieldValue('password', '')
        return scvMessageOf(reply) ?? t('vcenter.registered')
      },
      onError: placeError,
      onNotSupported: () => setConfirming(false),
    })
    if (done) setConfirming(false)
  }

  if (validateUnsupported && registerUnsupported)
    return <NotOfferedNotice call="POST /4.1/vcenter" reason={t('not-offered:docHistory')} />
  const pending = validate.isPending || register.isPending
  return (
    <Stack gap="sm">
      {!confirming && (
        <WriteErrorAlert error={checkWrite.error ?? registerWrite.error} context={t('vcenter.refused')} />
      )}
      {checked && (
        <Alert color="teal" variant="default" role="status">
          {checked}
        </Alert>
      )}
      <Group grow align="flex-start">
        <TextInput label={t('vcenter.host')} required autoComplete="off" {...field('vcenterHost')} />
        <NumberInput
          label={t('vcenter.port')}
          allowDecimal={false}
          allowNegative={false}
          required
          {...field('port')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('vcenter.username')} required autoComplete="off" {...field('username')} />
        <PasswordInput
          label={t('vcenter.password')}
          required
          autoComplete="new-password"
          {...field('password')}
        />
      </Group>
      {validateUnsupported && <NotOfferedNotice call="POST /4.1/vcenter/validate" />}
      {registerUnsupported && <NotOfferedNotice call="POST /4.1/vcenter" />}
      <Group justify="flex-end">
        {!validateUnsupported && (
          <Button
            variant="default"
            onClick={() => void handleValidate()}
            loading={validate.isPending}
            disabled={pending}
          >
            {t('vcenter.validate')}
          </Button>
        )}
        {!registerUnsupported && (
          <Button
            onClick={() => {
              if (!form.validate().hasErrors) setConfirming(true)
            }}
            disabled={pending}
          >
            {t('vcenter.register')}
          </Button>
        )}
      </Group>
      <FormDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('vcenter.confirmTitle', { host: form.values.vcenterHost.trim() })}
      >
        <Stack gap="sm">
          <Text size="sm">{t('vcenter.confirmBody', { host: form.values.vcenterHost.trim() })}</Text>
          <WriteErrorAlert error={registerWrite.error} context={t('vcenter.refused')} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => setConfirming(false)}
              disabled={register.isPending}
              data-autofocus
            >
              {t('common:actions.cancel')}
            </Button>
            <Button
              onClick={() => void handleRegister()}
              loading={register.isPending}
              disabled={register.isPending}
            >
              {t('vcenter.registerConfirm')}
            </Button>
          </Group>
        </Stack>
      </FormDialog>
    </Stack>
  )
}
