import { useRef } from 'react'
import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  PasswordInput,
  Radio,
  Stack,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { useFieldProps } from '../../../lib/forms/use-field-props'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { useAddStorageSystem, useModifyStorageSystem } from '../../../api/resources'
import type { StorageSystem } from '../model/storage-rows'
import {
  DEFAULT_PORT,
  emptyStorageForm,
  looksLikePem,
  storageFieldForServerMessage,
  storageFormFrom,
  storageFormKeys,
  toStorageRequest,
  validateStorageForm,
  type StorageFormValues,
} from '../model/storage-form'
import { readFileText } from '../../../lib/files/read-file-text'

interface StorageSystemFormProps {
  /** The storage system to edit; absent to add one. */
  system?: StorageSystem
  onDone: () => void
  onCancel: () => void
}

/**
 * Add (W1) or edit (W2) a storage system. Everything is checked before any request; a refused request keeps
 * every entry and puts the appliance's words on the field they concern. Secrets leave the form only in the
 * request body and are cleared when it succeeds.
 */
export function StorageSystemForm({ system, onDone, onCancel }: StorageSystemFormProps) {
  const { t } = useTranslation('storage-systems')
  const editing = system !== undefined
  const add = useAddStorageSystem()
  const modify = useModifyStorageSystem()
  const mutation = editing ? modify : add
  const write = useApplianceWrite()
  const initial = system ? storageFormFrom(system) : emptyStorageForm()
  // A port that differs from the protocol's default was chosen on purpose: switching protocol keeps it.
  const portChosen = useRef(Number(initial.port) !== DEFAULT_PORT[initial.protocol])

  const form = useForm<StorageFormValues>({
    // An edit after a refusal makes the next click a new attempt, even within the double-click window.
    onValuesChange: write.rearm,
    initialValues: initial,
    validate: (values) => validateStorageForm(values, { editing }),
  })

  const field = useFieldProps(form)
  const checkbox = (path: keyof StorageFormValues) => form.getInputProps(path, { type: 'checkbox' })

  async function readSecrets(values: StorageFormValues) {
    if (values.authenticationMethod !== 'CERTIFICATE' || !values.certificateFile || !values.privateKeyFile) {
      return {}
    }
    const [certificate, privateKey] = await Promise.all([
      readFileText(values.certificateFile),
      readFileText(values.privateKeyFile),
    ])
    let valid = true
    if (!looksLikePem(certificate)) {
      form.setFieldError('certificateFile', storageFormKeys.notPem)
      valid = false
    }
    if (!looksLikePem(privateKey)) {
      form.setFieldError('privateKeyFile', storageFormKeys.notPem)
      valid = false
    }
    return valid ? { certificate, privateKey } : null
  }

  async function handleSubmit(values: StorageFormValues) {
    const done = await write.run({
      operation: editing ? 'modifyStorageSystem' : 'addStorageSystem',
      send: async () => {
        const secrets = await readSecrets(values)
        if (!secrets) {
          // Nothing was sent: the corrected file can be submitted at once.
          write.release()
          return null
        }
        const body = toStorageRequest(values, secrets, system)
        await mutation.mutateAsync({ body })
        // Forget the password, certificate and key at once, in the form and in the mutation's state.
        form.reset()
        mutation.reset()
        return t(editing ? 'form.saved' : 'form.added', { name: body.name })
      },
      onError: (apiError) => {
        const target =
          apiError.kind === 'validation' ? storageFieldForServerMessage(apiError.scvMessage) : undefined
        if (target && apiError.scvMessage) form.setFieldError(target, apiError.scvMessage)
      },
    })
    if (done) onDone()
  }

  const credentials = form.values.authenticationMethod === 'CREDENTIALS'

  return (
    <form onSubmit={(event) => form.onSubmit((values) => void handleSubmit(values))(event)} noValidate>
      <Stack gap="md">
        {system?.implicit && (
          <Alert color="blue" variant="light">
            {t('form.implicitNotice', { name: system.name })}
          </Alert>
        )}
        <WriteErrorAlert error={write.error} context={t('form.submitError')} />
        <TextInput
          label={t('form.host')}
          description={editing ? t('form.hostReadOnly') : t('form.hostDescription')}
          required={!editing}
          readOnly={editing}
          autoComplete="off"
          data-autofocus={editing ? undefined : true}
          {...field('host')}
        />
        <Radio.Group label={t('form.authenticationMethod')} {...form.getInputProps('authenticationMethod')}>
          <Group mt={4}>
            <Radio value="CREDENTIALS" label={t('form.credentials')} />
            <Radio value="CERTIFICATE" label={t('form.certificate')} />
          </Group>
        </Radio.Group>
        {credentials ? (
          <Group grow align="flex-start">
            <TextInput label={t('form.username')} required autoComplete="off" {...field('username')} />
            <PasswordInput
              label={t('form.password')}
              description={editing ? t('form.passwordEditDescription') : t('form.passwordDescription')}
              required
              autoComplete="new-password"
              {...field('password')}
            />
          </Group>
        ) : (
          <>
            <FileInput
              label={t('form.certificateFile')}
              description={t('form.certificateFileDescription')}
              placeholder={t('form.filePlaceholder')}
              accept=".pem,.crt,.cer"
              required
              clearable
              {...field('certificateFile')}
            />
            <FileInput
              label={t('form.privateKeyFile')}
              description={t('form.privateKeyFileDescription')}
              placeholder={t('form.filePlaceholder')}
              accept=".pem,.key"
              required
              clearable
              {...field('privateKeyFile')}
            />
          </>
        )}
        <Radio.Group
          label={t('form.protocol')}
          value={form.values.protocol}
          onChange={(value) => {
            const protocol = value === 'HTTP' ? 'HTTP' : 'HTTPS'
            form.setFieldValue('protocol', protocol)
            if (!portChosen.current) form.setFieldValue('port', DEFAULT_PORT[protocol])
          }}
        >
          <Group mt={4}>
            <Radio value="HTTPS" label="HTTPS" />
            <Radio value="HTTP" label="HTTP" />
          </Group>
        </Radio.Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('form.port')}
            description={t('form.portDescription')}
            required
            allowDecimal={false}
            allowNegative={false}
            {...field('port')}
            onChange={(value) => {
              portChosen.current = true
              form.setFieldValue('port', value)
            }}
          />
          <NumberInput
            label={t('form.timeout')}
            description={t('form.timeoutDescription')}
            required
            allowDecimal={false}
            {...field('timeout')}
          />
        </Group>
        <Checkbox label={t('form.usePreferredIp')} {...checkbox('usePreferredIp')} />
        {form.values.usePreferredIp && (
          <TextInput
            label={t('form.preferredIp')}
            description={t('form.preferredIpDescription')}
            required
            autoComplete="off"
            {...field('preferredIp')}
          />
        )}
        <Stack gap="xs" role="group" aria-label={t('form.events')}>
          <Checkbox label={t('form.logEventsToSyslog')} {...checkbox('logEventsToSyslog')} />
          <Checkbox label={t('form.sendAsupOnFailure')} {...checkbox('sendAsupOnFailure')} />
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            {editing ? t('form.submitEdit') : t('form.submitAdd')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
