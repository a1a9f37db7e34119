// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { validationKeys } from '../../../lib/validation'
import {
  emptyPolicyForm,
  policyFieldForServerMessage,
  policyFormFrom,
  policyFormKeys,
  toPolicyRequest,
  validatePolicyForm,
} from './policy-form'

const valid = { ...emptyPolicyForm(), name: 'Daily_Gold' }

describe('validatePolicyForm', () => {
  it('accepts a plain policy', () => {
    expect(validatePolicyForm(valid, { otherNames: ['Hourly_Primary'] })).toEqual({})
  })

  it('checks days retention, lock periods and scripts', () => {
    expect(
      validatePolicyForm(
        {
          ...valid,
          retentionType: 'DAYS',
          retentionValue: 0,
          lockingEnabled: true,
          primaryLockValue: '',
          secondaryLockValue: 1.5,
          preScripts: '/opt/a.sh; rm -rf /',
        },
        { otherNames: [] },
      ),
    ).toEqual({
      retentionValue: policyFormKeys.retentionDays,
      primaryLockValue: policyFormKeys.lockValue,
      secondaryLockValue: policyFormKeys.lockValue,
      preScripts: policyFormKeys.scriptSemicolon,
    })
  })

  it('refuses forbidden characters and a name another policy has, whatever its case', () => {
    expect(validatePolicyForm({ ...valid, name: 'a-b' }, { otherNames: [] }).name).toBe(
      validationKeys.nameForbidden,
    )
    expect(validatePolicyForm(valid, { otherNames: ['daily_gold'] }).name).toBe(policyFormKeys.nameTaken)
  })
})

describe('toPolicyRequest', () => {
  it('sends an empty secondary lock as null (it inherits the primary) and drops the label without replication', () => {
    const body = toPolicyRequest({
      ...valid,
      lockingEnabled: true,
      primaryLockValue: 3,
      primaryLockUnit: 'MONTHS',
      snapshotLabel: 'ignored',
      postScripts: ' /opt/post.sh \n\n',
    })
    expect(body.lockingPeriod).toEqual({ primary: { value: 3, unit: 'MONTHS' }, secondary: null })
    expect(body.snapshotLabel).toBeNull()
    expect(body.postScripts).toEqual(['/opt/post.sh'])
    expect(body.description).toBeNull()
  })

  it('round-trips a listed policy through the form', () => {
    const policy = {
      id: 4,
      name: 'Monthly_Locked',
      description: 'Tamper-proof',
      frequency: 'MONTHLY',
      retention: { type: 'COUNT' as const, value: 12 },
      lockingPeriod: {
        primary: { value: 90, unit: 'DAYS' as const },
        secondary: { value: 1, unit: 'YEARS' as const },
      },
      updateSnapMirror: false,
      updateSnapVault: true,
      snapshotLabel: 'monthly',
      vmConsistency: true,
      includeIndependentDisks: false,
      preScripts: ['/a.sh', '/b.sh'],
      postScripts: [],
    }
    const { id: _id, ...rest } = policy
    expect(toPolicyRequest(policyFormFrom(policy))).toEqual(rest)
  })
})

describe('policyFieldForServerMessage', () => {
  it('maps the appliance words to a field', () => {
    expect(policyFieldForServerMessage("A policy named 'X' already exists.")).toBe('name')
    expect(
      policyFieldForServerMessage('Retention must be between 2 and 1018 when SnapVault is enabled.'),
    ).toBe('retentionValue')
    expect(policyFieldForServerMessage("Snapshot label 'x' is longer than 31 characters.")).toBe(
      'snapshotLabel',
    )
    expect(policyFieldForServerMessage('The secondary locking period must be a whole number')).toBe(
      'secondaryLockValue',
    )
    expect(policyFieldForServerMessage(undefined)).toBeUndefined()
  })
})
