import dayjs from 'dayjs'
import type { UseFormReturnType } from '@mantine/form'
import type { ResourceGroup } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'

export const NOTIFICATION_LEVELS = ['NEVER', 'ALWAYS', 'ERROR', 'ERROR_OR_WARNING'] as const
export type NotificationLevel = (typeof NOTIFICATION_LEVELS)[number]

export const SCOPES = ['VIRTUAL_MACHINES', 'DATASTORES'] as const
export type GroupScope = (typeof SCOPES)[number]

export const SPANNING_TYPES = ['EXCLUDE_ALL', 'INCLUDE_ALL', 'MANUAL'] as const
export type SpanningChoice = (typeof SPANNING_TYPES)[number]

export const SCHEDULE_TYPES = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY'] as const
export type ScheduleKind = (typeof SCHEDULE_TYPES)[number]

/** The variables SCV replaces in a custom snapshot name format. */
export const SNAPSHOT_VARIABLES = [
  '$ResourceGroup',
  '$Policy',
  '$HostName',
  '$ScheduleType',
  '$CustomText',
] as const

/** One policy's schedule as typed: local date and time in the appliance's time zone. */
export interface ScheduleValues {
  type: ScheduleKind
  every: number | string
  /** `YYYY-MM-DD`. */
  startDate: string
  /** `HH:mm`, 24 h; SCV refuses 00:00. */
  startTime: string
}

/** Every value of the create / edit wizard: one form for all six steps. */
export interface ResourceGroupFormValues {
  // 1 general
  name: string
  description: string
  notification: NotificationLevel
  emailFrom: string
  /** Comma-separated addresses, as the GUI takes them. */
  emailTo: string
  emailSubject: string
  useLatestSnapshotName: boolean
  useCustomSnapshotFormat: boolean
  snapshotNameFormat: string
  customText: string
  /**
   * The format the edited group has on the appliance ('' when creating). Not a field: an unchanged stored
   * format passes as it is, even with `$CustomText` and no text (the appliance keeps its own).
   */
  storedSnapshotNameFormat: string
  // 2 resources
  scope: GroupScope
  entities: InventoryItem[]
  // 3 spanning disks
  spanningType: SpanningChoice
  spanningDatastores: InventoryItem[]
  // 4 policies
  policyIds: number[]
  // 5 schedules, by policy id
  schedules: Record<string, ScheduleValues>
}

/** The form of the create / edit wizard, as its steps receive it. */
export type ResourceGroupForm = UseFormReturnType<ResourceGroupFormValues>

/** Which fields each step owns: Next validates only these. */
export const WIZARD_STEPS = [
  {
    id: 'general',
    fields: [
      'name',
      'description',
      'notification',
      'emailFrom',
      'emailTo',
      'emailSubject',
      'useLatestSnapshotName',
      'useCustomSnapshotFormat',
      'snapshotNameFormat',
      'customText',
    ],
  },
  { id: 'resources', fields: ['scope', 'entities'] },
  { id: 'spanning', fields: ['spanningType', 'spanningDatastores'] },
  { id: 'policies', fields: ['policyIds'] },
  { id: 'schedules', fields: ['schedules'] },
  { id: 'summary', fields: [] },
] as const satisfies ReadonlyArray<{ id: string; fields: ReadonlyArray<keyof ResourceGroupFormValues> }>

export type WizardStepId = (typeof WIZARD_STEPS)[number]['id']

/** Datastore groups exclude spanning disks by default, VM groups include them (the GUI's defaults). */
export function defaultSpanning(scope: GroupScope): SpanningChoice {
  return scope === 'DATASTORES' ? 'EXCLUDE_ALL' : 'INCLUDE_ALL'
}

/** A new schedule: daily from tomorrow at 01:00 (a start time must not be 00:00). */
export function defaultSchedule(type: ScheduleKind = 'DAILY'): ScheduleValues {
  return { type, every: 1, startDate: dayjs().add(1, 'day').format('YYYY-MM-DD'), startTime: '01:00' }
}

/** A schedule type that matches a policy's frequency, when it is one of the four. */
export function scheduleTypeFor(frequency: string | undefined): ScheduleKind {
  return (SCHEDULE_TYPES as readonly string[]).includes(frequency ?? '')
    ? (frequency as ScheduleKind)
    : 'DAILY'
}

export const emptyResourceGroupValues = (): ResourceGroupFormValues => ({
  name: '',
  description: '',
  notification: 'NEVER',
  emailFrom: '',
  emailTo: '',
  emailSubject: '',
  useLatestSnapshotName: false,
  useCustomSnapshotFormat: false,
  snapshotNameFormat: '$ResourceGroup_$Policy',
  customText: '',
  storedSnapshotNameFormat: '',
  scope: 'VIRTUAL_MACHINES',
  entities: [],
  spanningType: defaultSpanning('VIRTUAL_MACHINES'),
  spanningDatastores: [],
  policyIds: [],
  schedules: {},
})

const oneOf = <T extends string>(values: readonly T[], value: string | null | undefined, fallback: T): T =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback

function itemFromEntity(entity: NonNullable<ResourceGroup['entities']>[number]): InventoryItem {
  const item: InventoryItem = {
    moref: entity.moref,
    name: entity.name,
    kind: entity.type.toUpperCase() === 'DATASTORE' ? 'datastore' : 'vm',
  }
  // Flags the contract does not carry yet; an appliance that sends them keeps them marked.
  if ('isTemplate' in entity && typeof entity.isTemplate === 'boolean') item.isTemplate = entity.isTemplate
  if ('isVvol' in entity && typeof entity.isVvol === 'boolean') item.isVvol = entity.isVvol
  if ('datastoreType' in entity && typeof entity.datastoreType === 'string')
    item.datastoreType = entity.datastoreType
  return item
}

/** The member of a group as the picker shows it (shared with the detail page). */
export const memberItem = itemFromEntity

/** An existing group as wizard values, for edit (W4 sends the whole group again). */
export function valuesFromGroup(group: ResourceGroup): ResourceGroupFormValues {
  const empty = emptyResourceGroupValues()
  const entities = (group.entities ?? []).map(itemFromEntity)
  const scope: GroupScope =
    group.scope === 'DATASTORES' ||
    (!group.scope && entities.every((item) => item.kind === 'datastore') && entities.length > 0)
      ? 'DATASTORES'
      : 'VIRTUAL_MACHINES'
  const schedules: Record<string, ScheduleValues> = {}
  for (const policy of group.policies ?? []) {
    const schedule = policy.schedule
    schedules[String(policy.id)] = schedule
      ? {
          type: scheduleTypeFor(schedule.type),
          every: schedule.every,
          startDate: schedule.startDate ?? defaultSchedule().startDate,
          startTime: schedule.startTime ?? defaultSchedule().startTime,
        }
      : defaultSchedule(scheduleTypeFor(policy.frequency))
  }
  const format = group.snapshotNameFormat ?? ''
  return {
    ...empty,
    name: group.name,
    description: group.description ?? '',
    notification: oneOf(NOTIFICATION_LEVELS, group.notification, 'NEVER'),
    emailFrom: group.emailSettings?.from ?? '',
    emailTo: (group.emailSettings?.to ?? []).join(', '),
    emailSubject: group.emailSettings?.subject ?? '',
    useLatestSnapshotName: group.useLatestSnapshotName ?? false,
    useCustomSnapshotFormat: format !== '',
    snapshotNameFormat: format || empty.snapshotNameFormat,
    storedSnapshotNameFormat: format,
    scope,
    entities,
    spanningType: oneOf(SPANNING_TYPES, group.spanningDatastores?.spanningType, defaultSpanning(scope)),
    spanningDatastores: (group.spanningDatastores?.datastores ?? []).map((moref) => ({
      moref,
      name: moref,
      kind: 'datastore' as const,
    })),
    policyIds: (group.policies ?? []).map((policy) => policy.id),
    schedules,
  }
}

/** sessionStorage key of the wizard's values: one for a new group, one per edited group. */
export const wizardStorageKey = (editId?: number) =>
  editId === undefined ? 'scv.wizard.resource-group.new' : `scv.wizard.resource-group.edit.${editId}`
