import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { routes } from '../../../lib/routes'
import { useWizardForm, WizardFrame } from '../../../components/wizard'
import {
  policyQueries,
  resourceGroupQueries,
  useCreateResourceGroup,
  useUpdateResourceGroup,
} from '../../../api/resources'
import { emptyResourceGroupValues, valuesFromGroup, wizardStorageKey, WIZARD_STEPS } from './form-values'
import { resourceGroupSchema } from './schema'
import { placeRefusal } from './server-errors'
import { createGroupCall, updateGroupCall } from './to-request'
import { GeneralStep } from './steps/general-step'
import { ResourcesStep } from './steps/resources-step'
import { SpanningStep } from './steps/spanning-step'
import { PoliciesStep } from './steps/policies-step'
import { SchedulesStep } from './steps/schedules-step'
import { SummaryStep } from './steps/summary-step'

const POLICIES_STEP = WIZARD_STEPS.findIndex((step) => step.id === 'policies')

/**
 * Create (W3) or edit (W4) a resource group in six steps on the wizard frame; the summary shows the exact call
 * and submits once. A refusal from the appliance lands on the step and field it names, with every value kept.
 */
export function ResourceGroupWizard({ group }: { group?: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const editId = group?.id
  const wizard = useWizardForm({
    schema: resourceGroupSchema,
    steps: WIZARD_STEPS,
    storageKey: wizardStorageKey(editId),
    initialValues: group ? valuesFromGroup(group) : emptyResourceGroupValues(),
    placeError: placeRefusal,
  })
  const form = wizard.form
  // W3 reads the policies on the policies step, not before.
  const policies = useQuery({ ...policyQueries.list(), enabled: wizard.active >= POLICIES_STEP })
  const policyList = policies.data?.response.policyResponseList ?? []
  const create = useCreateResourceGroup()
  const update = useUpdateResourceGroup()
  const call =
    editId === undefined
      ? createGroupCall(form.values, policyList)
      : updateGroupCall(editId, form.values, policyList)

  const submit = () =>
    wizard.submit(async (values) => {
      const name = values.name.trim()
      let id = editId
      if (editId === undefined) {
        const reply = await create.mutateAsync(createGroupCall(values, policyList).init)
        id = reply?.response?.id
        if (id === undefined) {
          // W3 step 3: the reply may not carry the new id; read the list again and match by name.
          const list = await queryClient.fetchQuery(resourceGroupQueries.list({ freshness: 'now' }))
          id = list.response.resourceGroupResponseList.find((candidate) => candidate.name === name)?.id
        }
      } else {
        await update.mutateAsync(updateGroupCall(editId, values, policyList).init)
      }
      notifications.show({
        closeButtonProps: { 'aria-label': t('common:actions.close') },
        color: 'green',
        title: t(editId === undefined ? 'wizard.created' : 'wizard.updated', { name }),
        message: t('wizard.savedDetail'),
      })
      navigate(id !== undefined ? routes.resourceGroups.detail.href(id) : routes.resourceGroups.list.href())
    })

  const stepId = wizard.stepId
  return (
    <WizardFrame
      wizard={wizard}
      label={(id) => t(`wizard.steps.${id}`)}
      submitLabel={t(editId === undefined ? 'wizard.submitCreate' : 'wizard.submitUpdate')}
      onSubmit={() => void submit()}
      submitFailed={t(editId === undefined ? 'wizard.createFailed' : 'wizard.updateFailed')}
      nextDisabled={stepId === 'policies' && policies.isPending}
    >
      {stepId === 'general' && <GeneralStep form={form} />}
      {stepId === 'resources' && <ResourcesStep form={form} />}
      {stepId === 'spanning' && <SpanningStep form={form} />}
      {stepId === 'policies' && <PoliciesStep form={form} policies={policies} />}
      {stepId === 'schedules' && <SchedulesStep form={form} policies={policyList} />}
      {stepId === 'summary' && <SummaryStep wizard={wizard} policies={policyList} call={call} />}
    </WizardFrame>
  )
}
