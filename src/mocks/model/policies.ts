import type { components } from '../../api/schema'
import { badRequest, found } from './errors'
import { checkName, checkRetention, checkSnapshotLabel } from './rules'
import type { LockPeriod, PolicyRecord, SimulatorDb } from './types'

type PolicyRequest = Partial<components['schemas']['PolicyRequest']>

const FREQUENCIES = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'ON_DEMAND']
const LOCK_UNITS = ['DAYS', 'MONTHS', 'YEARS']

function fail(message: string | null): void {
  if (message) throw badRequest(message)
}

function lockPeriod(value: unknown, which: string): LockPeriod | null {
  if (value === null || value === undefined) return null
  const period = value as Partial<LockPeriod>
  if (typeof period.value !== 'number' || !Number.isInteger(period.value) || period.value < 1) {
    throw badRequest(`The ${which} locking period must be a whole number of at least 1.`)
  }
  if (!LOCK_UNITS.includes(String(period.unit)))
    throw badRequest(`The ${which} locking unit must be DAYS, MONTHS or YEARS.`)
  return { value: period.value, unit: period.unit as LockPeriod['unit'] }
}

/** Validates a create/update body and returns the fields of a policy record. */
function toFields(db: SimulatorDb, body: PolicyRequest, selfId: number | null): Omit<PolicyRecord, 'id'> {
  fail(checkName('Policy', body.name))
  const name = body.name as string
  if (db.policies.some((p) => p.id !== selfId && p.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`A policy named '${name}' already exists.`)
  }
  if (!FREQUENCIES.includes(String(body.frequency))) {
    throw badRequest(`Frequency must be one of ${FREQUENCIES.join(', ')}.`)
  }
  const snapVault = body.updateSnapVault === true
  const retention = body.retention
  if (!retention || (retention.type !== 'COUNT' && retention.type !== 'DAYS')) {
    throw badRequest('Retention needs a type (COUNT or DAYS) and a value.')
  }
  fail(checkRetention(retention.value, snapVault))
  fail(checkSnapshotLabel(body.snapshotLabel))
  const scripts = [...(body.preScripts ?? []), ...(body.postScripts ?? [])]
  if (scripts.some((s) => s.includes(';')))
    throw badRequest('Scripts are given one per entry; ";" is not allowed.')
  const primary = lockPeriod(body.lockingPeriod?.primary, 'primary')
  const secondary = lockPeriod(body.lockingPeriod?.secondary, 'secondary')
  return {
    name,
    description: body.description ?? '',
    frequency: String(body.frequency),
    retentionType: retention.type,
    retentionValue: retention.value,
    vmConsistency: body.vmConsistency === true,
    includeIndependentDisks: body.includeIndependentDisks === true,
    snapVault,
    snapMirror: body.updateSnapMirror === true,
    snapshotLabel: body.snapshotLabel || null,
    lockingPeriod: primary || secondary ? { primary, secondary } : null,
    preScripts: body.preScripts ?? [],
    postScripts: body.postScripts ?? [],
  }
}

/** Creates a policy after SCV's checks (name characters, retention 1..1018 or ≥2 with SnapVault, label ≤31). */
export function createPolicy(db: SimulatorDb, body: PolicyRequest): PolicyRecord {
  const record: PolicyRecord = { id: db.nextId.policy++, ...toFields(db, body, null) }
  db.policies.push(record)
  return record
}

/** Updates a policy; the change applies from the next scheduled backup. */
export function updatePolicy(db: SimulatorDb, id: number, body: PolicyRequest): PolicyRecord {
  const record = found(
    db.policies.find((p) => p.id === id),
    'Policy',
    id,
  )
  Object.assign(record, toFields(db, body, id))
  return record
}

/** Deletes a policy that no resource group uses. */
export function deletePolicy(db: SimulatorDb, id: number): PolicyRecord {
  const record = found(
    db.policies.find((p) => p.id === id),
    'Policy',
    id,
  )
  const users = db.resourceGroups.filter((g) => g.policies.some((l) => l.id === id)).map((g) => g.name)
  if (users.length > 0) {
    throw badRequest(
      `Policy '${record.name}' is used by resource group(s) ${users.join(', ')}. Detach it from all resource groups first.`,
    )
  }
  db.policies = db.policies.filter((p) => p !== record)
  return record
}
