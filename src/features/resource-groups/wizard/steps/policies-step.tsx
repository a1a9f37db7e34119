import { useState } from 'react'
import { Alert, Button, Checkbox, Stack, Text } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PolicyListResponse as PolicyList, Policy } from '../../../../api'
import { QueryState } from '../../../../components/query-state/query-state'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { defaultSchedule, scheduleTypeFor } from '../form-values'
import type { ResourceGroupForm } from '../form-values'
import { InlinePolicyForm } from './inline-policy-form'

interface PoliciesStepProps {
  form: ResourceGroupForm
  /** `GET /4.1/policies` (W3 step 1), read when this step opens. */
  policies: UseQueryResult<PolicyList, unknown>
}

/** Step 4: the policies that back the group up; one can be created here. */
export function PoliciesStep({ form, policies }: PoliciesStepProps) {
  const { t } = useTranslation('resource-groups')
  const errorText = useMessageText()
  const [creating, setCreating] = useState(false)
  const values = form.getValues()

  const choose = (ids: number[], known: readonly Pick<Policy, 'id' | 'frequency'>[]) => {
    // Each newly chosen policy gets a schedule of its own frequency to start from.
    const schedules = { ...values.schedules }
    for (const id of ids) {
      const policy = known.find((candidate) => candidate.id === id)
      schedules[String(id)] ??= defaultSchedule(scheduleTypeFor(policy?.frequency))
    }
    form.setValues({ policyIds: ids, schedules })
    form.clearFieldError('policyIds')
  }

  return (
    <Stack>
      <QueryState
        query={policies}
        errorContext={t('wizard.policies.loadFailed')}
        isEmpty={(data) => data.response.policyResponseList.length === 0}
        empty={t('wizard.policies.none')}
      >
        {(data) => {
          const list = data.response.policyResponseList
          return (
            <Checkbox.Group
              label={t('wizard.policies.label')}
              description={t('wizard.policies.hint')}
              value={values.policyIds.map(String)}
              onChange={(ids) => choose(ids.map(Number), list)}
              error={errorText(form.errors.policyIds)}
            >
              <Stack gap="xs" mt="xs">
                {list.map((policy) => (
                  <Checkbox
                    key={policy.id}
                    value={String(policy.id)}
                    label={policy.name}
                    description={[
                      policy.frequency
                        ? t(`scheduleType.${policy.frequency}`, { defaultValue: policy.frequency })
                        : null,
                      policy.retention
                        ? t(`retention.${policy.retention.type}`, { count: policy.retention.value })
                        : null,
                      policy.description || null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )
        }}
      </QueryState>
      {creating ? (
        <InlinePolicyForm
          onCancel={() => setCreating(false)}
          onCreated={(policy) => {
            setCreating(false)
            choose([...values.policyIds.filter((id) => id !== policy.id), policy.id], [policy])
          }}
        />
      ) : (
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setCreating(true)}
          w="fit-content"
        >
          {t('wizard.policies.createInline')}
        </Button>
      )}
      {values.policyIds.length === 0 && (
        <Alert color="yellow" variant="light" title={t('wizard.policies.noPolicyTitle')}>
          <Text size="sm">{t('wizard.policies.noPolicy')}</Text>
        </Alert>
      )}
    </Stack>
  )
}
