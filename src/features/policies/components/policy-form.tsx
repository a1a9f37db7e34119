import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { FORBIDDEN_NAME_CHARACTERS_TEXT } from '../../../lib/validation'
import { useFieldProps } from '../../../lib/forms/use-field-props'
import { useCreatePolicy, useUpdatePolicy } from '../../../api/resources'
import {
  emptyPolicyForm,
  LOCK_UNITS,
  POLICY_FREQUENCIES,
  policyFieldForServerMessage,
  policyFormFrom,
  toPolicyRequest,
  validatePolicyForm,
  type Policy,
  type PolicyFormValues,
} from '../model/policy-form'

interface PolicyFormProps {
  /** The policy to edit; absent to create one. */
  policy?: Policy
  /** Names of the other policies, for the "name already used" check. */
  otherNames: string[]
  onDone: (policy: { name: string }) => void
  onCancel: () => void
}

/**
 * Create (`POST /4.1/policies`) or edit (`PUT /4.1/policies/{id}`, inferred) a policy with every field SCV
 * has. All of SCV's rules are checked before any request; when the appliance refuses, every entry stays and
 * its message lands on the field it names.
 */
export function PolicyForm({ policy, otherNames, onDone, onCancel }: PolicyFormProps) {
  const { t } = useTranslation('policies')
  const editing = policy !== undefined
  const create = useCreatePolicy()
  const update = useUpdatePolicy()
  const mutation = editing ? update : create
  const write = useApplianceWrite()

  const form = useForm<PolicyFormValues>({
    // An edit after a refusal makes the next click a new attempt, even within the double-click window.
    onValuesChange: write.rearm,
    initialValues: policy ? policyFormFrom(policy) : emptyPolicyForm(),
    validate: (values) => validatePolicyForm(values, { otherNames }),
  })

  const field = useFieldProps(form)
  const checkbox = (path: keyof PolicyFormValues) => form.getInputProps(path, { type: 'checkbox' })

  async function handleSubmit(values: PolicyFormValues) {
    let name = ''
    const done = await write.run({
      operation: editing ? 'updatePolicy' : 'createPolicy',
      send: async () => {
        const body = toPolicyRequest(values)
        name = body.name
        if (policy) await update.mutateAsync({ params: { path: { id: policy.id } }, body })
        else await create.mutateAsync({ body })
        return t(editing ? 'form.saved' : 'form.created', { name: body.name })
      },
      onError: (apiError) => {
        const target =
          apiError.kind === 'validation' ? policyFieldForServerMessage(apiError.scvMessage) : undefined
        if (target && apiError.scvMessage) form.setFieldError(target, apiError.scvMessage)
      },
    })
    if (done) onDone({ name })
  }

  const values = form.values
  const replicating = values.updateSnapMirror || values.updateSnapVault
  const unitOptions = LOCK_UNITS.map((unit) => ({ value: unit, label: t(`lockUnitName.${unit}`) }))

  return (
    <form onSubmit={(event) => form.onSubmit((submitted) => void handleSubmit(submitted))(event)} noValidate>
      <Stack gap="md">
        <WriteErrorAlert error={write.error} context={t('form.submitError')} />
        <TextInput
          label={t('form.name')}
          description={t('form.nameDescription', { forbidden: FORBIDDEN_NAME_CHARACTERS_TEXT })}
          required
          autoComplete="off"
          data-autofocus
          {...field('name')}
        />
        <Textarea label={t('form.description')} rows={2} {...field('description')} />
        <NativeSelect
          label={t('form.frequency')}
          description={t('form.frequencyDescription')}
          required
          data={POLICY_FREQUENCIES.map((frequency) => ({
            value: frequency,
            label: t(`frequency.${frequency}`),
          }))}
          {...field('frequency')}
        />

        <Fieldset legend={t('form.retention')}>
          <Stack gap="sm">
            <Radio.Group label={t('form.retentionType')} {...form.getInputProps('retentionType')}>
              <Group mt={4}>
                <Radio value="COUNT" label={t('form.retentionByCount')} />
                <Radio value="DAYS" label={t('form.retentionByDays')} />
              </Group>
            </Radio.Group>
            <NumberInput
              label={values.retentionType === 'COUNT' ? t('form.retentionCount') : t('form.retentionDays')}
              description={values.retentionType === 'COUNT' ? t('form.retentionCountDescription') : undefined}
              required
              allowNegative={false}
              w={240}
              {...field('retentionValue')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.locking')}>
          <Stack gap="sm">
            <Checkbox
              label={t('form.lockingEnabled')}
              description={t('form.lockingDescription')}
              {...checkbox('lockingEnabled')}
            />
            {values.lockingEnabled && (
              <SimpleGrid cols={2}>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <NumberInput
                    label={t('form.primaryLock')}
                    required
                    allowNegative={false}
                    allowDecimal={false}
                    {...field('primaryLockValue')}
                  />
                  <NativeSelect
                    label={t('form.primaryLockUnit')}
                    data={unitOptions}
                    {...field('primaryLockUnit')}
                  />
                </Group>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <NumberInput
                    label={t('form.secondaryLock')}
                    description={t('form.secondaryLockDescription')}
                    allowNegative={false}
                    allowDecimal={false}
                    {...field('secondaryLockValue')}
                  />
                  <NativeSelect
                    label={t('form.secondaryLockUnit')}
                    data={unitOptions}
                    {...field('secondaryLockUnit')}
                  />
                </Group>
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.replication')}>
          <Stack gap="sm">
            <Checkbox
              label={t('form.updateSnapMirror')}
              description={t('form.updateSnapMirrorDescription')}
              {...checkbox('updateSnapMirror')}
            />
            <Checkbox
              label={t('form.updateSnapVault')}
              description={t('form.updateSnapVaultDescription')}
              {...checkbox('updateSnapVault')}
            />
            <TextInput
              label={t('form.snapshotLabel')}
              description={replicating ? t('form.snapshotLabelDescription') : t('form.snapshotLabelDisabled')}
              disabled={!replicating}
              autoComplete="off"
              {...field('snapshotLabel')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.advanced')}>
          <Stack gap="sm">
            <Checkbox
              label={t('form.vmConsistency')}
              description={t('form.vmConsistencyDescription')}
              {...checkbox('vmConsistency')}
            />
            <Checkbox
              label={t('form.includeIndependentDisks')}
              description={t('form.includeIndependentDisksDescription')}
              {...checkbox('includeIndependentDisks')}
            />
            <Textarea
              label={t('form.preScripts')}
              description={t('form.scriptsDescription')}
              rows={3}
              ff="monospace"
              {...field('preScripts')}
            />
            <Textarea
              label={t('form.postScripts')}
              description={t('form.scriptsDescription')}
              rows={3}
              ff="monospace"
              {...field('postScripts')}
            />
          </Stack>
        </Fieldset>

        {editing && <InferredOperationNote call="PUT /4.1/policies/{id}" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            {editing ? t('form.submitEdit') : t('form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
