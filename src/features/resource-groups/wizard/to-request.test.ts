// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { emptyResourceGroupValues } from './form-values'
import { toResourceGroupRequest, createGroupCall, updateGroupCall } from './to-request'
import { placeServerError } from './server-errors'

const values = {
  ...emptyResourceGroupValues(),
  name: ' RG_Web ',
  description: 'Web tier',
  entities: [
    { moref: 'vm-101', name: 'web01', kind: 'vm' as const },
    { moref: 'vm-102', name: 'vm-102', kind: 'vm' as const, entered: true },
  ],
  policyIds: [2],
  schedules: { '2': { type: 'HOURLY' as const, every: '4', startDate: '2026-12-01', startTime: '06:30' } },
}

describe('the create / update body', () => {
  it('carries the confirmed keys with morefs, the spanning choice and each policy with its schedule', () => {
    expect(toResourceGroupRequest(values, [{ id: 2, name: 'Hourly', frequency: 'HOURLY' }])).toEqual({
      name: 'RG_Web',
      description: 'Web tier',
      entities: ['vm-101', 'vm-102'],
      spanningDatastores: { spanningType: 'INCLUDE_ALL' },
      policies: [
        {
          id: 2,
          frequency: 'HOURLY',
          schedule: { type: 'HOURLY', every: 4, startDate: '2026-12-01', startTime: '06:30' },
        },
      ],
      notification: 'NEVER',
      scope: 'VIRTUAL_MACHINES',
      emailSettings: null,
      snapshotNameFormat: null,
      useLatestSnapshotName: false,
    })
  })

  it('sends e-mail settings only when notifying, and the custom format with the custom text in place', () => {
    const body = toResourceGroupRequest({
      ...values,
      notification: 'ALWAYS',
      emailFrom: 'scv@example.com',
      emailTo: 'a@example.com,  b@example.com ,',
      emailSubject: 'SCV',
      useCustomSnapshotFormat: true,
      snapshotNameFormat: '$ResourceGroup_$CustomText',
      customText: 'nightly',
    })
    expect(body.emailSettings).toEqual({
      from: 'scv@example.com',
      to: ['a@example.com', 'b@example.com'],
      subject: 'SCV',
    })
    expect(body.snapshotNameFormat).toBe('$ResourceGroup_nightly')
  })

  it('excludes spanning datastores for a FlexGroup group whatever was chosen, and sends the manual list', () => {
    const flexGroup = {
      moref: 'datastore-9',
      name: 'fg',
      kind: 'datastore' as const,
      datastoreType: 'FLEXGROUP',
    }
    expect(
      toResourceGroupRequest({
        ...values,
        scope: 'DATASTORES',
        entities: [flexGroup],
        spanningType: 'INCLUDE_ALL',
      }).spanningDatastores,
    ).toEqual({ spanningType: 'EXCLUDE_ALL' })
    expect(
      toResourceGroupRequest({
        ...values,
        spanningType: 'MANUAL',
        spanningDatastores: [{ moref: 'datastore-3', name: 'nfs', kind: 'datastore' }],
      }).spanningDatastores,
    ).toEqual({ spanningType: 'MANUAL', datastores: ['datastore-3'] })
  })

  it('previews the write of W3 for create and of W4 for edit, with the body that is sent', () => {
    const create = createGroupCall(values, [])
    expect(`${create.method} ${create.path}`).toBe('POST /4.1/resource-groups')
    expect(create.body).toEqual(toResourceGroupRequest(values, []))
    expect(create.init).toEqual({ body: create.body })
    const update = updateGroupCall(7, values, [])
    expect(`${update.method} ${update.path}`).toBe('PUT /4.1/resource-groups/7')
    expect(update.init).toEqual({ params: { path: { resouceGroupId: 7 } }, body: update.body })
  })
})

describe('placing an appliance refusal', () => {
  it.each([
    ["Resource group name 'RG Web' contains characters that are not allowed: space.", 'general', 'name'],
    ["Resource group 'RG_Web' already exists.", 'general', 'name'],
    ["Resource group name 'RG_Web' already exists.", 'general', 'name'],
    ["Policy 'Hourly_vm' does not exist.", 'policies', 'policyIds'],
    ["VM 'tmpl-web' is a template; templates cannot be added to a resource group.", 'resources', 'entities'],
    ['A FlexGroup datastore must be the only member of a resource group.', 'resources', 'entities'],
    ['The schedule start time must not be 00:00.', 'schedules', 'schedules'],
    ['Invalid e-mail address.', 'general', 'emailTo'],
    ['Internal error.', 'summary', undefined],
  ])('%s → %s', (message, step, field) => {
    expect(placeServerError(message)).toEqual(field ? { step, field } : { step })
  })

  it('does not read the names the user typed as the appliance words', () => {
    expect(
      placeServerError("Resource group name 'policy_vm_schedule' contains characters that are not allowed"),
    ).toEqual({
      step: 'general',
      field: 'name',
    })
  })
})
