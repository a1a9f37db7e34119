import type { ApiError } from '../../../api'
import type { ResourceGroupFormValues, WizardStepId } from './form-values'

export interface PlacedServerError {
  step: WizardStepId
  /** The field the message concerns, when it names one; otherwise it shows on the summary. */
  field?: keyof ResourceGroupFormValues
}

/**
 * Where an appliance refusal belongs. SCV answers in prose ("Resource group name 'x' contains characters that
 * are not allowed…", "Policy 'y' …", "…FlexGroup…"); the words it uses name the field. Order matters: a
 * message about a policy's schedule start time is a schedule problem, not a policy one.
 */
const RULES: ReadonlyArray<{ pattern: RegExp; place: PlacedServerError }> = [
  // "Resource group 'x' already exists": the only unique thing a group has is its name.
  {
    pattern: /resource group( named)? '' already exists|resource group name/i,
    place: { step: 'general', field: 'name' },
  },
  { pattern: /schedule|start time|start date|every/i, place: { step: 'schedules', field: 'schedules' } },
  { pattern: /e-?mail|smtp|recipient|sender/i, place: { step: 'general', field: 'emailTo' } },
  {
    pattern: /snapshot name|name format|custom text|_recent/i,
    place: { step: 'general', field: 'snapshotNameFormat' },
  },
  { pattern: /spanning/i, place: { step: 'spanning', field: 'spanningType' } },
  { pattern: /polic/i, place: { step: 'policies', field: 'policyIds' } },
  {
    pattern: /template|vvol|flexgroup|datastore|virtual machine|\bvms?\b|moref|entit|vcls|member/i,
    place: { step: 'resources', field: 'entities' },
  },
  { pattern: /name/i, place: { step: 'general', field: 'name' } },
  { pattern: /description/i, place: { step: 'general', field: 'description' } },
]

export function placeServerError(message: string | undefined): PlacedServerError {
  if (!message) return { step: 'summary' }
  // Quoted parts are the user's own names ('policy_vm'), not the appliance's words about a field.
  const words = message.replace(/'[^']*'/g, "''").replace(/"[^"]*"/g, '""')
  return RULES.find((rule) => rule.pattern.test(words))?.place ?? { step: 'summary' }
}

/** The wizard frame's placement: a validation refusal that names a field goes to that field's step. */
export function placeRefusal(
  error: ApiError,
): { step: WizardStepId; field: keyof ResourceGroupFormValues } | null {
  if (error.kind !== 'validation' || !error.scvMessage) return null
  const place = placeServerError(error.scvMessage)
  return place.field ? { step: place.step, field: place.field } : null
}
