import type { LockPeriod, Policy, PolicyRequest } from '../../../api'
import {
  isValidScvName,
  retentionCountIssue,
  SNAPSHOT_LABEL_MAX,
  validationKeys,
} from '../../../lib/validation'

export type { Policy } from '../../../api'

type LockUnit = LockPeriod['unit']

export const POLICY_FREQUENCIES = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'ON_DEMAND'] as const
export const LOCK_UNITS: LockUnit[] = ['DAYS', 'MONTHS', 'YEARS']

/** The create/edit form. Numbers are `number | ''` because an emptied number input holds ''. */
export interface PolicyFormValues {
  name: string
  description: string
  frequency: string
  retentionType: 'COUNT' | 'DAYS'
  retentionValue: number | string
  lockingEnabled: boolean
  primaryLockValue: number | string
  primaryLockUnit: LockUnit
  /** Empty: the secondary copy inherits the primary lock period. */
  secondaryLockValue: number | string
  secondaryLockUnit: LockUnit
  updateSnapMirror: boolean
  updateSnapVault: boolean
  snapshotLabel: string
  vmConsistency: boolean
  includeIndependentDisks: boolean
  /** Script paths, one per line. */
  preScripts: string
  postScripts: string
}

export type PolicyFormErrors = Partial<Record<keyof PolicyFormValues, string>>

/** Message keys (namespace `policies`) of the rules only this form has. */
export const policyFormKeys = {
  nameTaken: 'policies:form.errors.nameTaken',
  frequencyRequired: 'policies:form.errors.frequencyRequired',
  retentionDays: 'policies:form.errors.retentionDays',
  lockValue: 'policies:form.errors.lockValue',
  scriptSemicolon: 'policies:form.errors.scriptSemicolon',
} as const

export function emptyPolicyForm(): PolicyFormValues {
  return {
    name: '',
    description: '',
    frequency: 'DAILY',
    retentionType: 'COUNT',
    retentionValue: 7,
    lockingEnabled: false,
    primaryLockValue: '',
    primaryLockUnit: 'DAYS',
    secondaryLockValue: '',
    secondaryLockUnit: 'DAYS',
    updateSnapMirror: false,
    updateSnapVault: false,
    snapshotLabel: '',
    vmConsistency: false,
    includeIndependentDisks: false,
    preScripts: '',
    postScripts: '',
  }
}

/** The edit form starts from the listed policy. */
export function policyFormFrom(policy: Policy): PolicyFormValues {
  const primary = policy.lockingPeriod?.primary ?? null
  const secondary = policy.lockingPeriod?.secondary ?? null
  return {
    name: policy.name,
    description: policy.description ?? '',
    frequency: policy.frequency ?? 'DAILY',
    retentionType: policy.retention?.type ?? 'COUNT',
    retentionValue: policy.retention?.value ?? '',
    lockingEnabled: primary !== null,
    primaryLockValue: primary?.value ?? '',
    primaryLockUnit: primary?.unit ?? 'DAYS',
    secondaryLockValue: secondary?.value ?? '',
    secondaryLockUnit: secondary?.unit ?? 'DAYS',
    updateSnapMirror: policy.updateSnapMirror ?? false,
    updateSnapVault: policy.updateSnapVault ?? false,
    snapshotLabel: policy.snapshotLabel ?? '',
    vmConsistency: policy.vmConsistency ?? false,
    includeIndependentDisks: policy.includeIndependentDisks ?? false,
    preScripts: (policy.preScripts ?? []).join('\n'),
    postScripts: (policy.postScripts ?? []).join('\n'),
  }
}

/** Non-empty, trimmed lines: the script paths SCV runs in order. */
function scriptLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

function isWholeNumberAtLeastOne(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}

/**
 * Every rule checked before any request: SCV's naming rule (and a name no other policy has), retention
 * 1..1018 backups (at least 2 with SnapVault) or a number of days, lock periods, the 31-character label
 * and SCV's "one script per line, no `;`".
 */
export function validatePolicyForm(
  values: PolicyFormValues,
  { otherNames }: { otherNames: string[] },
): PolicyFormErrors {
  const errors: PolicyFormErrors = {}
  if (!values.name) errors.name = validationKeys.required
  else if (!isValidScvName(values.name)) errors.name = validationKeys.nameForbidden
  else if (otherNames.some((name) => name.toLowerCase() === values.name.toLowerCase())) {
    errors.name = policyFormKeys.nameTaken
  }
  if (!values.frequency) errors.frequency = policyFormKeys.frequencyRequired
  if (values.retentionType === 'COUNT') {
    errors.retentionValue = retentionCountIssue(values.retentionValue, { snapVault: values.updateSnapVault })
  } else if (!isWholeNumberAtLeastOne(values.retentionValue)) {
    errors.retentionValue = policyFormKeys.retentionDays
  }
  if (values.lockingEnabled) {
    if (!isWholeNumberAtLeastOne(values.primaryLockValue)) errors.primaryLockValue = policyFormKeys.lockValue
    if (values.secondaryLockValue !== '' && !isWholeNumberAtLeastOne(values.secondaryLockValue)) {
      errors.secondaryLockValue = policyFormKeys.lockValue
    }
  }
  if (values.snapshotLabel.trim().length > SNAPSHOT_LABEL_MAX)
    errors.snapshotLabel = validationKeys.snapshotLabelTooLong
  if (scriptLines(values.preScripts).some((line) => line.includes(';')))
    errors.preScripts = policyFormKeys.scriptSemicolon
  if (scriptLines(values.postScripts).some((line) => line.includes(';'))) {
    errors.postScripts = policyFormKeys.scriptSemicolon
  }
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as PolicyFormErrors
}

/** The body of create and update (the whole policy each time). */
export function toPolicyRequest(values: PolicyFormValues): PolicyRequest {
  const replicating = values.updateSnapMirror || values.updateSnapVault
  return {
    name: values.name,
    description: values.description.trim() || null,
    frequency: values.frequency,
    retention: { type: values.retentionType, value: Number(values.retentionValue) },
    lockingPeriod: values.lockingEnabled
      ? {
          primary: { value: Number(values.primaryLockValue), unit: values.primaryLockUnit },
          // Null: SCV applies the primary period to the secondary copy too.
          secondary:
            values.secondaryLockValue === ''
              ? null
              : { value: Number(values.secondaryLockValue), unit: values.secondaryLockUnit },
        }
      : null,
    updateSnapMirror: values.updateSnapMirror,
    updateSnapVault: values.updateSnapVault,
    // The label only matters for replication; without it, it is not sent.
    snapshotLabel: replicating ? values.snapshotLabel.trim() || null : null,
    vmConsistency: values.vmConsistency,
    includeIndependentDisks: values.includeIndependentDisks,
    preScripts: scriptLines(values.preScripts),
    postScripts: scriptLines(values.postScripts),
  }
}

const SERVER_FIELD_PATTERNS: [RegExp, keyof PolicyFormValues][] = [
  [/snapshot label|\blabel\b/i, 'snapshotLabel'],
  [/retention|backups to keep/i, 'retentionValue'],
  [/secondary lock/i, 'secondaryLockValue'],
  [/lock/i, 'primaryLockValue'],
  [/post-?script/i, 'postScripts'],
  [/script/i, 'preScripts'],
  [/frequency|schedule type/i, 'frequency'],
  [/description/i, 'description'],
  [/name/i, 'name'],
]

/** Which field an appliance message is about, judged by the words it uses. */
export function policyFieldForServerMessage(message: string | undefined): keyof PolicyFormValues | undefined {
  if (!message) return undefined
  return SERVER_FIELD_PATTERNS.find(([pattern]) => pattern.test(message))?.[1]
}
