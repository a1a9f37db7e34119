import { useCallback, useEffect, useRef } from 'react'
import { useSearchParams } from 'react-router'
import type { UseFormReturnType } from '@mantine/form'

export interface WizardStep<Values> {
  /** Stable id, used in the URL (`?step=backup`). */
  id: string
  /** The form fields this step owns: Next validates only these. */
  fields: ReadonlyArray<keyof Values & string>
}

/** Saves a wizard's values for this tab, so a reload or a re-login after a 401 finds them again. */
export function loadWizardValues<Values extends object>(storageKey: string, initial: Values): Values {
  try {
    const saved = sessionStorage.getItem(storageKey)
    if (!saved) return initial
    return { ...initial, ...(JSON.parse(saved) as Partial<Values>) }
  } catch {
    return initial
  }
}

export function saveWizardValues(storageKey: string, values: object): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(values))
  } catch {
    // Storage full or denied: the wizard still works, it just won't survive a reload.
  }
}

export function clearWizardValues(storageKey: string): void {
  sessionStorage.removeItem(storageKey)
}

interface UseWizardOptions<Values> {
  form: UseFormReturnType<Values>
  steps: ReadonlyArray<WizardStep<Values>>
  storageKey: string
}

/**
 * The wizard pattern: one form for all steps, the step in the URL, values in sessionStorage, Next validates
 * only the active step's fields, Back never validates, and focus moves to the step's heading on change.
 */
export function useWizard<Values extends object>({ form, steps, storageKey }: UseWizardOptions<Values>) {
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = steps.findIndex((step) => step.id === searchParams.get('step'))
  const headingRef = useRef<HTMLHeadingElement>(null)
  const previous = useRef<number | null>(null)

  const validateSteps = useCallback(
    (upTo: number): number => {
      // Returns the first step (< upTo) whose fields do not validate, or -1.
      for (let index = 0; index < upTo; index += 1) {
        const step = steps[index]
        if (!step) continue
        const invalid = step.fields.some((field) => form.validateField(field).hasError)
        if (invalid) return index
      }
      return -1
    },
    [form, steps],
  )

  // A URL may ask for a later step than the values allow (a shared link, edited storage): fall back to the
  // first step that is not complete, without showing its errors yet.
  const active = requested < 0 ? 0 : requested

  const goTo = useCallback(
    (index: number, replace = false) => {
      const step = steps[index]
      if (!step) return
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params)
          next.set('step', step.id)
          return next
        },
        { replace },
      )
    },
    [setSearchParams, steps],
  )

  const next = useCallback((): boolean => {
    const step = steps[active]
    if (!step) return false
    const results = step.fields.map((field) => form.validateField(field))
    if (results.some((result) => result.hasError)) return false
    saveWizardValues(storageKey, form.getValues())
    goTo(active + 1)
    return true
  }, [active, form, goTo, steps, storageKey])

  const back = useCallback(() => {
    saveWizardValues(storageKey, form.getValues())
    if (active > 0) goTo(active - 1)
  }, [active, form, goTo, storageKey])

  /** A completed step can be revisited by clicking it; later ones only through Next. */
  const select = useCallback(
    (index: number) => {
      if (index < active) goTo(index)
      else if (index > active) {
        const firstInvalid = validateSteps(index)
        goTo(firstInvalid === -1 ? index : firstInvalid)
      }
    },
    [active, goTo, validateSteps],
  )

  useEffect(() => {
    if (previous.current !== null && previous.current !== active) headingRef.current?.focus()
    previous.current = active
  }, [active])

  return {
    active,
    activeStep: steps[active],
    isLast: active === steps.length - 1,
    next,
    back,
    select,
    goTo,
    headingRef,
    validateSteps,
  }
}
