import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { useTranslation } from 'react-i18next'
import type { Policy } from '../../../../api'
import { useApplianceWrite } from '../../../../components/appliance-write/use-appliance-write'
import { ApiErrorAlert } from '../../../../components/error/api-error-alert'
import { useFieldProps } from '../../../../lib/forms/use-field-props'
import { retentionCountSchema, scvNameSchema } from '../../../../lib/validation'
import { policyQueries, useCreatePolicy } from '../../../../api/resources'
import { SCHEDULE_TYPES } from '../form-values'

const inlinePolicySchema = z.object({
  name: scvNameSchema,
  frequency: z.enum(SCHEDULE_TYPES),
  retention: retentionCountSchema,
})

interface InlinePolicyValues {
  name: string
  frequency: (typeof SCHEDULE_TYPES)[number]
  retention: number | string
}

interface InlinePolicyFormProps {
  onCreated: (policy: { id: number; name: string; frequency?: Policy['frequency'] }) => void
  onCancel: () => void
}

/**
 * "Create one inline" (W3: call Create Policy when none fits): the few fields a policy needs, checked with the
 * shared SCV rules before `POST /4.1/policies`. The full policy form lives on the policies page.
 */
export function InlinePolicyForm({ onCreated, onCancel }: InlinePolicyFormProps) {
  const { t } = useTranslation('resource-groups')
  const createPolicy = useCreatePolicy()
  const queryClient = useQueryClient()
  const write = useApplianceWrite()
  const form = useForm<InlinePolicyValues>({
    // An edit after a refusal makes the next click a new attempt, even within the double-click window.
    onValuesChange: write.rearm,
    initialValues: { name: '', frequency: 'DAILY', retention: 7 },
    validate: schemaResolver(inlinePolicySchema, { sync: true }),
  })
  const field = useFieldProps(form)

  const create = async () => {
    if (form.validate().hasErrors) return
    const values = form.getValues()
    await write.run({
      operation: 'createPolicy',
      send: async () => {
        const reply = await createPolicy.mutateAsync({
          body: {
            name: values.name.trim(),
            frequency: values.frequency,
            retention: { type: 'COUNT', value: Number(values.retention) },
          },
        })
        let created: Pick<Policy, 'id' | 'name' | 'frequency'> | undefined = reply?.response
        if (created?.id === undefined) {
          // A reply without the new policy: read the list again and match by name, as W3 does for groups.
          const list = await queryClient.fetchQuery(policyQueries.list({ freshness: 'now' }))
          created = list.response.policyResponseList.find((policy) => policy.name === values.name.trim())
        }
        if (created) onCreated({ id: created.id, name: created.name, frequency: created.frequency })
        else onCancel()
        // The new policy shows selected in the step; no notification on top of that.
        return true
      },
    })
  }

  return (
    <Paper withBorder p="md" role="group" aria-labelledby="inline-policy-title">
      <Stack gap="sm">
        <Text fw={600} id="inline-policy-title">
          {t('wizard.policies.inline.title')}
        </Text>
        <TextInput label={t('wizard.policies.inline.name')} required autoComplete="off" {...field('name')} />
        <Group grow align="flex-start">
          <Select
            label={t('wizard.policies.inline.frequency')}
            data={SCHEDULE_TYPES.map((type) => ({ value: type, label: t(`scheduleType.${type}`) }))}
            allowDeselect={false}
            {...field('frequency')}
          />
          <NumberInput
            label={t('wizard.policies.inline.retention')}
            description={t('wizard.policies.inline.retentionHint')}
            min={1}
            max={1018}
            allowDecimal={false}
            clampBehavior="none"
            {...field('retention')}
          />
        </Group>
        {write.error && <ApiErrorAlert error={write.error} context={t('wizard.policies.inline.failed')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={write.pending}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void create()} loading={write.pending} disabled={write.pending}>
            {t('wizard.policies.inline.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
