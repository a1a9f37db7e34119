import type { QueryClient } from '@tanstack/react-query'

/** A field of the wizard's values (top level; nested errors such as `schedules.7.startTime` belong to `schedules`). */
export type WizardField<Values> = keyof Values & string

/** One line saying why a value was chosen for the user (a form message, see lib/forms/form-message.ts). */
export interface DefaultReason<Values> {
  field: WizardField<Values>
  message: string
}

/**
 * What a step proposes for its undecided fields: the values, a reason for each, and whether that was the step's
 * only choice (then the step is passed through: shown completed with `summary`, and Next goes past it).
 */
export interface StepDefaults<Values> {
  values: Partial<Values>
  reasons: ReadonlyArray<DefaultReason<Values>>
  onlyChoice: boolean
  /** The chosen value as the stepper shows it under a passed-through step's label (a form message). */
  summary?: string
}

export interface DefaultsContext {
  /** Fetch with the same query options the step's own `useQuery` uses, so nothing is asked twice. */
  queryClient: QueryClient
}

export interface WizardStepDef<Values> {
  /** Stable id, used in the URL (`?step=backup`). */
  id: string
  /** The fields this step owns: Next validates only these. */
  fields: ReadonlyArray<WizardField<Values>>
  /**
   * Proposes values for this step's undecided fields (asked on the way forward when the step does not
   * validate). Throwing or resolving null stops on the step, which then shows its own loading error.
   */
  proposeDefaults?: (values: Values, context: DefaultsContext) => Promise<StepDefaults<Values> | null>
}

/** The defaults taken per step id, kept with the values so a reload shows the same reasons. */
export type DefaultsTaken<Values> = Record<string, StepDefaults<Values>>

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The fields of a step's defaults that still hold the proposed value (the user has not changed them). */
function standingFields<Values>(
  taken: StepDefaults<Values> | undefined,
  values: Values,
): Array<WizardField<Values>> {
  if (!taken) return []
  return (Object.keys(taken.values) as Array<WizardField<Values>>).filter((field) =>
    same(values[field], taken.values[field]),
  )
}

/** The reasons that still apply, in step order. */
export function standingReasons<Values>(
  steps: ReadonlyArray<WizardStepDef<Values>>,
  taken: DefaultsTaken<Values>,
  values: Values,
): Array<DefaultReason<Values> & { stepId: string }> {
  return steps.flatMap((step) => {
    const standing = standingFields(taken[step.id], values)
    return (taken[step.id]?.reasons ?? [])
      .filter((reason) => standing.includes(reason.field))
      .map((reason) => ({ ...reason, stepId: step.id }))
  })
}

/** A step passed through: its only choice was taken for the user and is still what it holds. */
export function isPassedThrough<Values>(taken: StepDefaults<Values> | undefined, values: Values): boolean {
  if (!taken?.onlyChoice) return false
  return standingFields(taken, values).length === Object.keys(taken.values).length
}

/** A step's defaults from one or more choices, each reason put on the field it explains. */
export function stepDefaults<Values>(
  ...parts: Array<{
    field: WizardField<Values>
    values: Partial<Values>
    choice: { reasons: readonly string[]; onlyChoice: boolean; summary?: string }
  }>
): StepDefaults<Values> | null {
  if (parts.length === 0) return null
  return {
    values: Object.assign({}, ...parts.map((part) => part.values)) as Partial<Values>,
    reasons: parts.flatMap((part) => part.choice.reasons.map((message) => ({ field: part.field, message }))),
    onlyChoice: parts.every((part) => part.choice.onlyChoice),
    summary: parts[0]?.choice.summary,
  }
}
