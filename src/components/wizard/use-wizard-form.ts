import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { schemaResolver, useForm, type FormErrors } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import type { ApiError } from '../../api'
import {
  isPassedThrough,
  standingReasons,
  type DefaultsTaken,
  type WizardField,
  type WizardStepDef,
} from './step-defaults'
import { clearWizard, loadWizard, saveWizard } from './wizard-storage'
import { useDefaultsWalk } from './use-defaults-walk'
import { useWizardSubmit } from './use-wizard-submit'

type Schema = Parameters<typeof schemaResolver>[0]

/** A link into the wizard that brings values (e.g. the VM from the backups browser) and a step to open. */
export interface WizardIntent<Values> {
  values: Partial<Values>
  /** The step to open, with every step before it filled by its defaults; the first step when absent. */
  step?: string
  /** The URL parameters the intent came in; removed once it is taken, so a reload keeps the user's changes. */
  params?: readonly string[]
}

export interface UseWizardFormOptions<Values extends object> {
  /** The zod (Standard Schema) rules of every step; messages are form messages. */
  schema: Schema
  steps: ReadonlyArray<WizardStepDef<Values>>
  /** sessionStorage key of the values and the defaults taken. */
  storageKey: string
  initialValues: Values
  /** A new intent wins over values left from an earlier visit; applied once `ready`. */
  intent?: WizardIntent<Values> | null
  /** False while something the rules need still loads: no recovery, no defaults, no intent until then. */
  ready?: boolean
  /** Where an appliance refusal belongs (its step, and the field its message goes on); null keeps it on the last step. */
  placeError?: (error: ApiError) => { step: string; field?: string } | null
}

/** Which errors belong to a step: a field's own path or one below it (`schedules.7.startTime`). */
function errorsOf<Values>(errors: FormErrors, step: WizardStepDef<Values> | undefined): FormErrors {
  const fields: readonly string[] = step?.fields ?? []
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => fields.includes(path.split('.')[0] ?? '')),
  )
}

/**
 * The one wizard frame: one form for every step (zod rules through the resolver), the step in the URL, values
 * and defaults in sessionStorage, Next validates the active step only (Back never does), recovery when the URL
 * names a step the values do not reach, defaults proposed by the steps on the way forward (steps whose only
 * choice is their default are passed through), and a guarded submit that sends once and puts a refusal on its
 * step and field. Render it with `<WizardFrame wizard={…}>`.
 */
export function useWizardForm<Values extends object>({
  schema,
  steps,
  storageKey,
  initialValues,
  intent = null,
  ready = true,
  placeError,
}: UseWizardFormOptions<Values>) {
  const queryClient = useQueryClient()
  const resolve = useMemo(() => schemaResolver(schema, { sync: true }), [schema])
  const [saved] = useState(() =>
    intent
      ? { values: { ...initialValues, ...intent.values }, defaults: {} as DefaultsTaken<Values> }
      : loadWizard(storageKey, initialValues),
  )
  const [defaults, setDefaults] = useState<DefaultsTaken<Values>>(saved.defaults)
  const defaultsRef = useRef(defaults)
  const form = useForm<Values>({
    initialValues: saved.values,
    onValuesChange: (values) => saveWizard(storageKey, { values, defaults: defaultsRef.current }),
    validate: resolve,
  })
  const [params, setParams] = useSearchParams()
  const requested = steps.findIndex((step) => step.id === params.get('step'))
  const active = requested < 0 ? 0 : requested

  const rememberDefaults = useCallback(
    (next: DefaultsTaken<Values>) => {
      defaultsRef.current = next
      setDefaults(next)
      saveWizard(storageKey, { values: form.getValues(), defaults: next })
    },
    [form, storageKey],
  )

  const stepValid = useCallback(
    (index: number, values: Values = form.getValues()) =>
      Object.keys(errorsOf(resolve(values), steps[index])).length === 0,
    [form, resolve, steps],
  )

  /** Shows every error of step `index` (nested paths too) and says whether there were none. */
  const checkStep = useCallback(
    (index: number): boolean => {
      const step = steps[index]
      const own = errorsOf(resolve(form.getValues()), step)
      const fields: readonly string[] = step?.fields ?? []
      const kept = Object.fromEntries(
        Object.entries(form.errors).filter(([path]) => !fields.includes(path.split('.')[0] ?? '')),
      )
      form.setErrors({ ...kept, ...own })
      return Object.keys(own).length === 0
    },
    [form, resolve, steps],
  )

  const goTo = useCallback(
    (index: number, replace = false) => {
      const step = steps[index]
      if (!step) return
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          next.set('step', step.id)
          return next
        },
        { replace },
      )
    },
    [setParams, steps],
  )

  const { resolution, walkAndGo, stopWalking } = useDefaultsWalk({
    form,
    steps,
    stepValid,
    checkStep,
    goTo,
    defaultsRef,
    rememberDefaults,
    arriving: intent !== null,
  })

  // A link's intent: its values (now that the rules can judge them), then every default up to its step.
  const arrived = useRef(false)
  useEffect(() => {
    if (!intent || !ready || arrived.current) return
    arrived.current = true
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const name of intent.params ?? []) next.delete(name)
        return next
      },
      { replace: true },
    )
    form.setValues(intent.values)
    rememberDefaults({})
    const target = intent.step ? steps.findIndex((step) => step.id === intent.step) : 0
    void walkAndGo(0, { fast: true, until: target < 0 ? 0 : target, mode: 'arrival' }, true)
    // Once, when ready.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready])

  const next = useCallback(async (): Promise<boolean> => {
    if (resolution !== 'idle' || !checkStep(active)) return false
    await walkAndGo(active + 1, { fast: false, until: steps.length - 1, mode: 'next' })
    return true
  }, [active, checkStep, resolution, steps.length, walkAndGo])

  /** Fills every step after this one with its defaults and opens `stepId` (e.g. "restore from the newest backup"). */
  const skipTo = useCallback(
    async (stepId: string) => {
      const target = steps.findIndex((step) => step.id === stepId)
      if (resolution !== 'idle' || target < 0 || !checkStep(active)) return
      await walkAndGo(active + 1, { fast: true, until: target, mode: 'next' })
    },
    [active, checkStep, resolution, steps, walkAndGo],
  )

  const back = useCallback(() => {
    stopWalking()
    if (active > 0) goTo(active - 1)
  }, [active, goTo, stopWalking])

  /** A completed step can be revisited from the stepper; a later one only when every step before it is valid. */
  const select = useCallback(
    (index: number) => {
      if (index < active) return goTo(index)
      if (index === active || !checkStep(active)) return
      for (let earlier = active + 1; earlier < index; earlier += 1) {
        if (!stepValid(earlier)) return goTo(earlier)
      }
      goTo(index)
    },
    [active, checkStep, goTo, stepValid],
  )

  // Warm the next step's defaults while this one is complete, with the same query options (nothing asked twice).
  const upcoming = steps[active + 1]
  const activeFields = JSON.stringify(steps[active]?.fields.map((field) => form.values[field]))
  useEffect(() => {
    if (!ready || resolution !== 'idle' || !upcoming?.proposeDefaults) return
    const values = form.getValues()
    if (!stepValid(active, values) || stepValid(active + 1, values)) return
    upcoming.proposeDefaults(values, { queryClient }).catch(() => undefined)
    // activeFields stands for the active step's values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, activeFields, ready, resolution])

  /** The first step before the active one that the values do not complete (a URL that skipped ahead), or -1. */
  const firstIncomplete = useMemo(() => {
    if (!ready || resolution !== 'idle') return -1
    const errors = resolve(form.values)
    for (let index = 0; index < active; index += 1) {
      if (Object.keys(errorsOf(errors, steps[index])).length > 0) return index
    }
    return -1
  }, [active, form.values, ready, resolution, resolve, steps])

  const { submit, submitting, submitError } = useWizardSubmit({
    form,
    steps,
    checkStep,
    goTo,
    placeError,
    onSent: useCallback(() => clearWizard(storageKey), [storageKey]),
    onRefused: useCallback(
      (values: Values) => saveWizard(storageKey, { values, defaults: defaultsRef.current }),
      [storageKey],
    ),
  })

  const passedThrough = steps
    .filter((step) => isPassedThrough(defaults[step.id], form.values))
    .map((s) => s.id)
  return {
    form,
    values: form.values,
    steps,
    active,
    stepId: steps[active]?.id,
    isLast: active === steps.length - 1,
    next,
    back,
    select,
    goTo,
    skipTo,
    /** 'next' while Next looks up the defaults ahead, 'arrival' while a link's intent is being filled in. */
    resolution,
    ready,
    firstIncomplete,
    submit,
    submitting,
    submitError,
    /** Every default that still holds, with its reason, in step order (the review lists them). */
    defaultsTaken: standingReasons(steps, defaults, form.values),
    /** Steps whose only choice was taken for the user; the stepper shows them done with their value. */
    passedThrough,
    /** The value a passed-through step shows in the stepper (a form message). */
    summaryOf: (stepId: string) => (passedThrough.includes(stepId) ? defaults[stepId]?.summary : undefined),
  }
}

export type WizardForm<Values extends object> = ReturnType<typeof useWizardForm<Values>>
export type { WizardField }
