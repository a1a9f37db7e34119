import type { components } from '../../api/schema'
import { badRequest, found } from './errors'
import { checkName } from './rules'
import { defaultSchedule } from './seed-protection'
import type { DatastoreRecord, ResourceGroupRecord, RgPolicyLink, SimulatorDb, VmRecord } from './types'

type ResourceGroupRequest = Partial<components['schemas']['ResourceGroupRequest']>

const NOTIFICATIONS = ['NEVER', 'ALWAYS', 'ERROR', 'ERROR_OR_WARNING']
const SPANNING = ['EXCLUDE_ALL', 'INCLUDE_ALL', 'MANUAL']
const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

type Entity = { kind: 'VM'; vm: VmRecord } | { kind: 'DATASTORE'; ds: DatastoreRecord }

function resolveEntities(db: SimulatorDb, morefs: unknown): Entity[] {
  if (!Array.isArray(morefs) || morefs.length === 0)
    throw badRequest('A resource group needs at least one VM or datastore.')
  return morefs.map((moref: unknown): Entity => {
    const vm = db.vms.find((v) => v.moref === moref && !v.deleted)
    // SCV cannot back up VM templates, so it does not take them into a group (docs/scv-api.md §4).
    if (vm?.template)
      throw badRequest(`VM '${vm.name}' is a template; templates cannot be added to a resource group.`)
    if (vm) return { kind: 'VM', vm }
    const ds = db.datastores.find((d) => d.moref === moref && !d.mount)
    if (ds) return { kind: 'DATASTORE', ds }
    throw badRequest(`Entity '${String(moref)}' is not a VM or datastore in this vCenter.`)
  })
}

/**
 * SCV's composition rules: one FlexGroup datastore alone, no vVol VMs with traditional ones, unique names, and
 * no spanning for FlexGroup or vVol.
 */
function checkComposition(entities: Entity[], spanningType: string): void {
  const flexGroups = entities.filter((e) => e.kind === 'DATASTORE' && e.ds.kind === 'FLEXGROUP')
  if (flexGroups.length > 0 && entities.length > 1) {
    throw badRequest(
      'A FlexGroup datastore must be alone in its resource group: exactly one FlexGroup and nothing else.',
    )
  }
  const isVvol = (e: Entity) => (e.kind === 'VM' ? e.vm.vvol : e.ds.kind === 'VVOL')
  const vvol = entities.filter(isVvol)
  if (vvol.length > 0 && vvol.length < entities.length) {
    throw badRequest('vVol VMs cannot be mixed with traditional VMs or datastores in one resource group.')
  }
  if ((flexGroups.length > 0 || vvol.length > 0) && spanningType !== 'EXCLUDE_ALL') {
    throw badRequest('Spanning disks are not supported for FlexGroup or vVol resources; use EXCLUDE_ALL.')
  }
  const names = entities.map((e) => (e.kind === 'VM' ? e.vm.name : e.ds.name))
  const duplicate = names.find((n, i) => names.indexOf(n) !== i)
  if (duplicate !== undefined)
    throw badRequest(
      `'${duplicate}' appears twice: VM and datastore names in a resource group must be unique.`,
    )
}

function policyLinks(
  db: SimulatorDb,
  policies: ResourceGroupRequest['policies'],
  entities: Entity[],
): RgPolicyLink[] {
  const links: RgPolicyLink[] = []
  for (const item of policies ?? []) {
    const policy = db.policies.find((p) => p.id === item.id)
    if (!policy) throw badRequest(`Policy with id '${String(item.id)}' does not exist.`)
    if (links.some((l) => l.id === policy.id)) throw badRequest(`Policy '${policy.name}' is attached twice.`)
    const schedule = item.schedule
    if (schedule) {
      if (!Number.isInteger(schedule.every) || schedule.every < 1)
        throw badRequest('Schedule "every" must be at least 1.')
      if (schedule.startDate !== undefined && !DATE.test(schedule.startDate))
        throw badRequest('Schedule start date must be YYYY-MM-DD.')
      if (schedule.startTime !== undefined) {
        if (!TIME.test(schedule.startTime)) throw badRequest('Schedule start time must be HH:mm.')
        if (schedule.startTime === '00:00') throw badRequest('Schedule start time must not be 00:00.')
      }
    }
    // Snapshot locking needs ONTAP 9.12.1 or later on every SVM the group's datastores live on.
    if (policy.lockingPeriod?.primary) {
      const old = entities
        .map((e) => (e.kind === 'DATASTORE' ? e.ds.svm : null))
        .filter((svm): svm is string => svm !== null)
        .find((svm) => versionBelow(db.storageSystems.find((s) => s.name === svm)?.ontapVersion, '9.12.1'))
      if (old)
        throw badRequest(
          `Policy '${policy.name}' locks snapshots, which needs ONTAP 9.12.1 or later; SVM '${old}' runs an older version.`,
        )
    }
    links.push({
      id: policy.id,
      schedule: schedule
        ? {
            type: String(schedule.type),
            every: schedule.every,
            startDate: schedule.startDate ?? '2026-01-01',
            startTime: schedule.startTime ?? '01:00',
          }
        : defaultSchedule(policy.frequency),
    })
  }
  return links
}

function versionBelow(version: string | undefined, minimum: string): boolean {
  if (!version) return false
  const a = version.split('.').map(Number)
  const b = minimum.split('.').map(Number)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d < 0
  }
  return false
}

function toFields(
  db: SimulatorDb,
  body: ResourceGroupRequest,
  selfId: number | null,
): Omit<ResourceGroupRecord, 'id' | 'jobStatus' | 'lastRunStatus' | 'lastRunTime'> {
  const nameError = checkName('Resource group', body.name)
  if (nameError) throw badRequest(nameError)
  const name = body.name as string
  if (db.resourceGroups.some((g) => g.id !== selfId && g.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`A resource group named '${name}' already exists.`)
  }
  const spanningType = String(body.spanningDatastores?.spanningType ?? '')
  if (!SPANNING.includes(spanningType))
    throw badRequest(`spanningDatastores.spanningType must be one of ${SPANNING.join(', ')}.`)
  const entities = resolveEntities(db, body.entities)
  checkComposition(entities, spanningType)
  const notification = String(body.notification ?? '')
  if (!NOTIFICATIONS.includes(notification))
    throw badRequest(`Notification must be one of ${NOTIFICATIONS.join(', ')}.`)
  const email = body.emailSettings ?? null
  if (notification !== 'NEVER' && (!email || !email.from || email.to.length === 0)) {
    throw badRequest('Email notification needs a sender and at least one recipient.')
  }
  return {
    name,
    description: body.description ?? '',
    entityKind: entities.every((e) => e.kind === 'DATASTORE') ? 'DATASTORE' : 'VM',
    entities: entities.map((e) => (e.kind === 'VM' ? e.vm.moref : e.ds.moref)),
    spanningType,
    spanningDatastores: body.spanningDatastores?.datastores ?? [],
    policies: policyLinks(db, body.policies, entities),
    notification,
    email: email
      ? { from: email.from, to: [...email.to], ...(email.subject ? { subject: email.subject } : {}) }
      : null,
    latestSnapshotName: body.useLatestSnapshotName === true,
    customSnapshotFormat: body.snapshotNameFormat ?? null,
  }
}

/** Creates a resource group after SCV's name, composition, policy and notification checks. */
export function createResourceGroup(db: SimulatorDb, body: ResourceGroupRequest): ResourceGroupRecord {
  const record: ResourceGroupRecord = {
    id: db.nextId.rg++,
    ...toFields(db, body, null),
    jobStatus: 'PRODUCTION',
    lastRunStatus: null,
    lastRunTime: null,
  }
  db.resourceGroups.push(record)
  return record
}

/** A resource group by id; 404 otherwise. */
export function groupById(db: SimulatorDb, id: number): ResourceGroupRecord {
  return found(
    db.resourceGroups.find((g) => g.id === id),
    'Resource group',
    id,
  )
}

/** Replaces a group's settings with the full body (the docs ask for all required attributes again). */
export function updateResourceGroup(
  db: SimulatorDb,
  id: number,
  body: ResourceGroupRequest,
): ResourceGroupRecord {
  const record = groupById(db, id)
  Object.assign(record, toFields(db, body, id))
  return record
}

/** Force delete: detaches the policies and removes the group with all its backups; mounted backups block it. */
export function deleteResourceGroup(db: SimulatorDb, id: number): ResourceGroupRecord {
  const record = groupById(db, id)
  const ids = new Set(db.backups.filter((b) => b.rgId === id).map((b) => b.id))
  const mounted = db.datastores.find((d) => d.mount && ids.has(d.mount.backupId))
  if (mounted)
    throw badRequest(
      `Backup of '${record.name}' is mounted as '${mounted.name}'. Unmount it before deleting the group.`,
    )
  db.backups = db.backups.filter((b) => !ids.has(b.id))
  db.resourceGroups = db.resourceGroups.filter((g) => g !== record)
  return record
}

/** Suspends (UNDER_MAINTENANCE) or resumes (PRODUCTION) a group's scheduled backups. */
export function setGroupSuspended(db: SimulatorDb, id: number, suspended: boolean): ResourceGroupRecord {
  const record = groupById(db, id)
  record.jobStatus = suspended ? 'UNDER_MAINTENANCE' : 'PRODUCTION'
  return record
}
