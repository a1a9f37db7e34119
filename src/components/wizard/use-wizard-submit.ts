import { useCallback, useState } from 'react'
import type { UseFormReturnType } from '@mantine/form'
import { toApiError, type ApiError } from '../../api'
import { useSendGuard } from '../../lib/forms/use-send-guard'
import type { WizardStepDef } from './step-defaults'

interface WizardSubmitOptions<Values> {
  form: UseFormReturnType<Values>
  steps: ReadonlyArray<WizardStepDef<Values>>
  /** Shows a step's errors and says whether it has none. */
  checkStep: (index: number) => boolean
  goTo: (index: number) => void
  placeError?: (error: ApiError) => { step: string; field?: string } | null
  /** After a success (clear the stored values) and after a refusal (keep them). */
  onSent: (values: Values) => void
  onRefused: (values: Values) => void
}

/**
 * The wizard's submit: every step checked first, then one request even for a double click or Enter held down
 * (useSendGuard). A refusal is kept for display and placed on its step and field, with every value kept; after
 * a success the guard stays up while the page moves on.
 */
export function useWizardSubmit<Values>({
  form,
  steps,
  checkStep,
  goTo,
  placeError,
  onSent,
  onRefused,
}: WizardSubmitOptions<Values>) {
  const guard = useSendGuard()
  const [submitting, setSubmitting] = useState(false)
  const [submitError, setSubmitError] = useState<unknown>(null)

  const submit = useCallback(
    async (send: (values: Values) => Promise<void>) => {
      if (!guard.start()) return
      for (let index = 0; index < steps.length; index += 1) {
        if (!checkStep(index)) {
          guard.release()
          goTo(index)
          return
        }
      }
      setSubmitting(true)
      setSubmitError(null)
      const values = form.getValues()
      try {
        await send(values)
        onSent(values)
      } catch (error) {
        setSubmitting(false)
        setSubmitError(error)
        onRefused(values)
        const apiError = toApiError(error)
        const place = placeError?.(apiError)
        const index = place ? steps.findIndex((step) => step.id === place.step) : -1
        if (place?.field) form.setFieldError(place.field, apiError.scvMessage ?? '')
        if (index >= 0) goTo(index)
        guard.failed()
      }
    },
    [checkStep, form, goTo, guard, onRefused, onSent, placeError, steps],
  )

  return { submit, submitting, submitError }
}
