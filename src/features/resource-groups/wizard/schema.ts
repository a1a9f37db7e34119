import { z } from 'zod'
import { forbiddenCharactersIn, scvNameSchema, validationKeys } from '../../../lib/validation'
import type { InventoryItem } from '../../../components/inventory-picker'
import { compositionProblems } from '../model/composition'
import { messagesOf } from '../../../lib/forms/form-message'
import {
  NOTIFICATION_LEVELS,
  SCHEDULE_TYPES,
  SCOPES,
  SNAPSHOT_VARIABLES,
  SPANNING_TYPES,
  type ResourceGroupFormValues,
  type ScheduleKind,
} from './form-values'

/** This wizard's rule messages: keys under `validation.` of the `resource-groups` catalogue. */
const message = messagesOf('resource-groups')

/** One address: something@domain.tld, no spaces, commas or semicolons. */
const EMAIL_PATTERN = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;.]+$/

const isEmailAddress = (value: string) => EMAIL_PATTERN.test(value.trim())

/** The addresses of a comma-separated "send to" field, trimmed, empty parts dropped. */
export const splitAddresses = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)

/** An edited group whose stored format is left as it was: it passes without custom text, and is sent unchanged. */
export function keepsStoredFormat(
  values: Pick<ResourceGroupFormValues, 'snapshotNameFormat' | 'storedSnapshotNameFormat'>,
): boolean {
  const stored = values.storedSnapshotNameFormat.trim()
  return stored !== '' && values.snapshotNameFormat.trim() === stored
}

/** Upper bound of "every N" per schedule type (inferred from the GUI's choices). */
export const EVERY_MAX: Record<ScheduleKind, number> = { HOURLY: 24, DAILY: 31, WEEKLY: 52, MONTHLY: 12 }

const itemSchema = z.custom<InventoryItem>(
  (value) => typeof value === 'object' && value !== null && 'moref' in value && 'name' in value,
)

const scheduleSchema = z.object({
  type: z.enum(SCHEDULE_TYPES),
  every: z.union([z.number(), z.string()]),
  startDate: z.string(),
  startTime: z.string(),
})

/** Variables written `$Word` that SCV does not know. */
function unknownVariables(format: string): string[] {
  return (format.match(/\$[A-Za-z]+/g) ?? []).filter(
    (word) => !(SNAPSHOT_VARIABLES as readonly string[]).includes(word),
  )
}

/**
 * The wizard's rules, step by step. Messages are form messages (the shared `validation:` ones or this
 * feature's own), translated where they are shown.
 */
export const resourceGroupSchema = z
  .object({
    name: scvNameSchema,
    description: z.string().max(1024, message('validation.descriptionTooLong', { max: 1024 })),
    notification: z.enum(NOTIFICATION_LEVELS),
    emailFrom: z.string(),
    emailTo: z.string(),
    emailSubject: z.string().max(255, message('validation.subjectTooLong', { max: 255 })),
    useLatestSnapshotName: z.boolean(),
    useCustomSnapshotFormat: z.boolean(),
    snapshotNameFormat: z.string(),
    customText: z.string(),
    storedSnapshotNameFormat: z.string(),
    scope: z.enum(SCOPES),
    entities: z.array(itemSchema),
    spanningType: z.enum(SPANNING_TYPES),
    spanningDatastores: z.array(itemSchema),
    policyIds: z.array(z.number()),
    schedules: z.record(z.string(), scheduleSchema),
  })
  .superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })

    // 1 general: e-mail only matters when SCV will send one.
    if (values.notification !== 'NEVER') {
      if (!values.emailFrom.trim()) issue(['emailFrom'], validationKeys.required)
      else if (!isEmailAddress(values.emailFrom)) issue(['emailFrom'], message('validation.emailInvalid'))
      const to = splitAddresses(values.emailTo)
      const bad = to.filter((address) => !isEmailAddress(address))
      if (to.length === 0) issue(['emailTo'], validationKeys.required)
      else if (bad.length > 0)
        issue(['emailTo'], message('validation.emailListInvalid', { addresses: bad.join(', ') }))
    }
    if (values.useCustomSnapshotFormat) {
      const format = values.snapshotNameFormat.trim()
      const unknown = unknownVariables(format)
      const literal = format.replace(/\$[A-Za-z]+/g, '')
      if (!format) issue(['snapshotNameFormat'], validationKeys.required)
      else if (unknown.length > 0)
        issue(
          ['snapshotNameFormat'],
          message('validation.formatUnknownVariable', { variables: unknown.join(', ') }),
        )
      else if (forbiddenCharactersIn(literal).length > 0)
        issue(['snapshotNameFormat'], validationKeys.nameForbidden)
      if (format.includes('$CustomText')) {
        if (!values.customText.trim()) {
          if (!keepsStoredFormat(values)) issue(['customText'], validationKeys.required)
        } else if (forbiddenCharactersIn(values.customText).length > 0)
          issue(['customText'], validationKeys.nameForbidden)
      }
    }

    // 2 resources: the composition rules of docs/scv-api.md §4.
    if (values.entities.length === 0) issue(['entities'], message('validation.entitiesRequired'))
    const wrongKind = values.entities.filter(
      (item) => item.kind !== (values.scope === 'DATASTORES' ? 'datastore' : 'vm'),
    )
    if (wrongKind.length > 0)
      issue(
        ['entities'],
        message('validation.wrongKind', { names: wrongKind.map((item) => item.name).join(', ') }),
      )
    const [problem] = compositionProblems(values.entities)
    if (problem)
      issue(
        ['entities'],
        message(`validation.composition.${problem.rule}`, { names: problem.names.join(', ') }),
      )

    // 3 spanning: a manual choice needs datastores.
    if (values.spanningType === 'MANUAL' && values.spanningDatastores.length === 0)
      issue(['spanningDatastores'], message('validation.spanningDatastoresRequired'))

    // 5 schedules, one per chosen policy.
    for (const id of values.policyIds) {
      const schedule = values.schedules[String(id)]
      const base = ['schedules', String(id)]
      if (!schedule) {
        issue(base, message('validation.scheduleMissing'))
        continue
      }
      const every = typeof schedule.every === 'number' ? schedule.every : Number.NaN
      const max = EVERY_MAX[schedule.type]
      if (!Number.isInteger(every) || every < 1 || every > max)
        issue([...base, 'every'], message('validation.everyRange', { max }))
      if (!/^\d{4}-\d{2}-\d{2}$/.test(schedule.startDate))
        issue([...base, 'startDate'], validationKeys.required)
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(schedule.startTime))
        issue([...base, 'startTime'], message('validation.startTimeInvalid'))
      else if (schedule.startTime === '00:00')
        issue([...base, 'startTime'], message('validation.startTimeZero'))
    }
  })

export type ResourceGroupSchemaInput = z.input<typeof resourceGroupSchema>

// The schema and the form's values must describe the same object (a compile-time check; exported so it counts as used).
export const assertSchemaMatches = (values: ResourceGroupFormValues): ResourceGroupSchemaInput => values
