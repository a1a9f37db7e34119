import { useRef, useState } from 'react'
import { Stack } from '@mantine/core'
import { schemaResolver, useForm, type FormErrors } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toApiError } from '../../../api'
import type { ResourceGroup } from '../../../api'
import { routes } from '../../../lib/routes'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import {
  clearWizardValues,
  loadWizardValues,
  saveWizardValues,
  useWizard,
  WizardShell,
} from '../../../components/wizard'
import {
  policyQueries,
  resourceGroupQueries,
  useCreateResourceGroup,
  useUpdateResourceGroup,
} from '../../../api/resources'
import {
  emptyResourceGroupValues,
  valuesFromGroup,
  wizardStorageKey,
  WIZARD_STEPS,
  type ResourceGroupFormValues,
} from './form-values'
import { resourceGroupSchema } from './schema'
import { placeServerError } from './server-errors'
import { toResourceGroupRequest } from './to-request'
import { GeneralStep } from './steps/general-step'
import { ResourcesStep } from './steps/resources-step'
import { SpanningStep } from './steps/spanning-step'
import { PoliciesStep } from './steps/policies-step'
import { SchedulesStep } from './steps/schedules-step'
import { SummaryStep } from './steps/summary-step'

const resolve = schemaResolver(resourceGroupSchema, { sync: true })
const POLICIES_STEP = WIZARD_STEPS.findIndex((step) => step.id === 'policies')

/** The errors of one step's fields (nested ones such as `schedules.7.startTime` included). */
function errorsOfStep(errors: FormErrors, index: number): FormErrors {
  const fields: readonly string[] = WIZARD_STEPS[index]?.fields ?? []
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => fields.includes(path.split('.')[0] ?? '')),
  )
}

/**
 * Create (W3) or edit (W4) a resource group in six steps. One form holds every value (kept in sessionStorage
 * and the step in the URL); Next checks only the active step; the summary shows the exact REST calls and
 * submits once. A refusal from the appliance lands on the step and field it names, with every value kept.
 */
export function ResourceGroupWizard({ group }: { group?: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const editId = group?.id
  const storageKey = wizardStorageKey(editId)
  const form = useForm<ResourceGroupFormValues>({
    initialValues: loadWizardValues(storageKey, group ? valuesFromGroup(group) : emptyResourceGroupValues()),
    onValuesChange: (values) => saveWizardValues(storageKey, values),
    validate: resolve,
  })
  const wizard = useWizard({ form, steps: WIZARD_STEPS, storageKey })
  // W3 reads the policies on the policies step, not before.
  const policies = useQuery({ ...policyQueries.list(), enabled: wizard.active >= POLICIES_STEP })
  const policyList = policies.data?.response.policyResponseList ?? []
  const create = useCreateResourceGroup()
  const update = useUpdateResourceGroup()
  const submitting = useRef(false)
  const [submitError, setSubmitError] = useState<unknown>(null)

  /** Shows every error of step `index` (nested paths too, which validateField would fold into one). */
  const checkStep = (index: number): boolean => {
    const errors = errorsOfStep(resolve(form.getValues()), index)
    form.setErrors(errors)
    return Object.keys(errors).length === 0
  }

  const next = () => {
    if (checkStep(wizard.active)) wizard.next()
  }

  const submit = async () => {
    if (submitting.current) return
    // Every step again: values restored from storage may never have passed Next.
    for (let index = 0; index < WIZARD_STEPS.length; index += 1) {
      if (!checkStep(index)) {
        wizard.goTo(index)
        return
      }
    }
    submitting.current = true
    setSubmitError(null)
    const body = toResourceGroupRequest(form.getValues(), policyList)
    try {
      let id = editId
      if (editId === undefined) {
        const reply = await create.mutateAsync({ body })
        id = reply?.response?.id
        if (id === undefined) {
          // W3 step 3: the reply may not carry the new id; read the list again and match by name.
          const list = await queryClient.fetchQuery(resourceGroupQueries.list({ freshness: 'now' }))
          id = list.response.resourceGroupResponseList.find((candidate) => candidate.name === body.name)?.id
        }
      } else {
        await update.mutateAsync({ params: { path: { resouceGroupId: editId } }, body })
      }
      clearWizardValues(storageKey)
      notifications.show({
        closeButtonProps: { 'aria-label': t('common:actions.close') },
        color: 'green',
        title: t(editId === undefined ? 'wizard.created' : 'wizard.updated', { name: body.name }),
        message: t('wizard.savedDetail'),
      })
      navigate(id !== undefined ? routes.resourceGroups.detail.href(id) : routes.resourceGroups.list.href())
    } catch (error) {
      setSubmitError(error)
      const apiError = toApiError(error)
      const place = placeServerError(apiError.scvMessage)
      if (place.field && apiError.scvMessage && apiError.kind === 'validation') {
        form.setFieldError(place.field, apiError.scvMessage)
        const index = WIZARD_STEPS.findIndex((step) => step.id === place.step)
        if (index >= 0) wizard.goTo(index)
      }
      // Only a failure opens the way to a new attempt; after a success the wizard is done (the page is
      // leaving), so a late second click of a double click sends nothing.
      submitting.current = false
    }
  }

  const stepId = wizard.activeStep?.id
  return (
    <WizardShell
      steps={WIZARD_STEPS.map((step) => ({ id: step.id, label: t(`wizard.steps.${step.id}`) }))}
      active={wizard.active}
      onSelect={(index) => {
        if (index > wizard.active && !checkStep(wizard.active)) return
        wizard.select(index)
      }}
      onBack={wizard.back}
      onNext={next}
      submitLabel={t(editId === undefined ? 'wizard.submitCreate' : 'wizard.submitUpdate')}
      onSubmit={() => void submit()}
      submitting={create.isPending || update.isPending || create.isSuccess || update.isSuccess}
      nextDisabled={stepId === 'policies' && policies.isPending}
      headingRef={wizard.headingRef}
    >
      <Stack>
        {submitError !== null && (
          <ApiErrorAlert
            error={submitError}
            context={t(editId === undefined ? 'wizard.createFailed' : 'wizard.updateFailed')}
          />
        )}
        {stepId === 'general' && <GeneralStep form={form} />}
        {stepId === 'resources' && <ResourcesStep form={form} />}
        {stepId === 'spanning' && <SpanningStep form={form} />}
        {stepId === 'policies' && <PoliciesStep form={form} policies={policies} />}
        {stepId === 'schedules' && <SchedulesStep form={form} policies={policyList} />}
        {stepId === 'summary' && <SummaryStep form={form} policies={policyList} editId={editId} />}
      </Stack>
    </WizardShell>
  )
}
