// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { schemaResolver } from '@mantine/form'
import type { InventoryItem } from '../../../components/inventory-picker'
import { validationKeys } from '../../../lib/validation'
import { parseFormMessage } from '../../../lib/forms/form-message'
import { emptyResourceGroupValues, type ResourceGroupFormValues } from './form-values'
import { resourceGroupSchema } from './schema'

const resolve = schemaResolver(resourceGroupSchema, { sync: true })

const vm = (name: string, extra: Partial<InventoryItem> = {}): InventoryItem => ({
  moref: `vm-${name.length}${name}`,
  name,
  kind: 'vm',
  ...extra,
})

const valid = (change: Partial<ResourceGroupFormValues> = {}): ResourceGroupFormValues => ({
  ...emptyResourceGroupValues(),
  name: 'RG_Web',
  entities: [vm('web01'), vm('web02')],
  policyIds: [1],
  schedules: { '1': { type: 'DAILY', every: 1, startDate: '2026-12-01', startTime: '01:00' } },
  ...change,
})

/** The rule behind the error at `path`: this feature's keys without their prefix, shared keys as they are. */
const errorAt = (values: ResourceGroupFormValues, path: string) => {
  const error = resolve(values)[path]
  if (typeof error !== 'string') return error
  const parsed = parseFormMessage(error)
  return parsed?.ns === 'resource-groups' ? parsed.key.replace(/^validation\./, '') : error
}

describe('resource group wizard rules', () => {
  it('accepts a complete group', () => {
    expect(resolve(valid())).toEqual({})
  })

  it('applies the SCV naming rule to the name', () => {
    expect(errorAt(valid({ name: '' }), 'name')).toBe(validationKeys.required)
    expect(errorAt(valid({ name: 'RG Web' }), 'name')).toBe(validationKeys.nameForbidden)
    expect(errorAt(valid({ name: 'RG-Web' }), 'name')).toBe(validationKeys.nameForbidden)
    expect(errorAt(valid({ name: 'RG_Web_01' }), 'name')).toBeUndefined()
  })

  it('asks for e-mail fields only when SCV will send mail, and checks every address', () => {
    expect(resolve(valid({ notification: 'NEVER', emailFrom: 'not an address' }))).toEqual({})
    const notifying = valid({ notification: 'ERROR_OR_WARNING' })
    expect(errorAt(notifying, 'emailFrom')).toBe(validationKeys.required)
    expect(errorAt(notifying, 'emailTo')).toBe(validationKeys.required)
    expect(errorAt({ ...notifying, emailFrom: 'scv@' }, 'emailFrom')).toBe('emailInvalid')
    const list = { ...notifying, emailFrom: 'scv@example.com', emailTo: 'a@example.com, b@example' }
    expect(errorAt(list, 'emailTo')).toBe('emailListInvalid')
    expect(parseFormMessage(resolve(list).emailTo as string)?.params).toEqual({ addresses: 'b@example' })
    expect(resolve({ ...list, emailTo: 'a@example.com, b@example.org' })).toEqual({})
  })

  it('knows the snapshot-name variables and needs custom text for $CustomText', () => {
    const custom = (snapshotNameFormat: string, customText = '') =>
      valid({ useCustomSnapshotFormat: true, snapshotNameFormat, customText })
    expect(resolve(custom('$ResourceGroup_$Policy_$HostName_$ScheduleType'))).toEqual({})
    expect(errorAt(custom('$ResourceGroup_$Date'), 'snapshotNameFormat')).toBe('formatUnknownVariable')
    expect(errorAt(custom('$ResourceGroup-$Policy'), 'snapshotNameFormat')).toBe(validationKeys.nameForbidden)
    expect(errorAt(custom('$ResourceGroup_$CustomText'), 'customText')).toBe(validationKeys.required)
    expect(resolve(custom('$ResourceGroup_$CustomText', 'nightly'))).toEqual({})
  })

  it('checks the composition rules of a group', () => {
    expect(errorAt(valid({ entities: [] }), 'entities')).toBe('entitiesRequired')
    expect(errorAt(valid({ entities: [vm('tmpl01', { isTemplate: true })] }), 'entities')).toBe(
      'composition.template',
    )
    expect(errorAt(valid({ entities: [vm('vvol01', { isVvol: true }), vm('web01')] }), 'entities')).toBe(
      'composition.vvolMixed',
    )
    expect(
      resolve(valid({ entities: [vm('vvol01', { isVvol: true }), vm('vvol02', { isVvol: true })] })),
    ).toEqual({})
    const flexGroup: InventoryItem = {
      moref: 'datastore-9',
      name: 'fg_ds01',
      kind: 'datastore',
      datastoreType: 'FLEXGROUP',
    }
    const nfs: InventoryItem = {
      moref: 'datastore-3',
      name: 'nfs_ds01',
      kind: 'datastore',
      datastoreType: 'NFS',
    }
    expect(errorAt(valid({ scope: 'DATASTORES', entities: [flexGroup, nfs] }), 'entities')).toBe(
      'composition.flexGroupNotAlone',
    )
    expect(
      resolve(valid({ scope: 'DATASTORES', entities: [flexGroup], spanningType: 'EXCLUDE_ALL' })),
    ).toEqual({})
    expect(
      errorAt(valid({ entities: [vm('web01'), { moref: 'vm-999', name: 'WEB01', kind: 'vm' }] }), 'entities'),
    ).toBe('composition.duplicateName')
    expect(errorAt(valid({ scope: 'DATASTORES' }), 'entities')).toBe('wrongKind')
  })

  it('needs datastores when spanning is chosen manually', () => {
    expect(errorAt(valid({ spanningType: 'MANUAL' }), 'spanningDatastores')).toBe(
      'spanningDatastoresRequired',
    )
  })

  it('allows a group without policies (a warning, not an error)', () => {
    expect(resolve(valid({ policyIds: [], schedules: {} }))).toEqual({})
  })

  it('checks every schedule: every N within its unit, a start date, a non-zero start time', () => {
    const schedule = (change: object) =>
      valid({
        schedules: {
          '1': { type: 'HOURLY', every: 1, startDate: '2026-12-01', startTime: '01:00', ...change },
        },
      })
    expect(errorAt(schedule({ every: 0 }), 'schedules.1.every')).toBe('everyRange')
    expect(errorAt(schedule({ every: 25 }), 'schedules.1.every')).toBe('everyRange')
    expect(errorAt(schedule({ every: '' }), 'schedules.1.every')).toBe('everyRange')
    expect(errorAt(schedule({ startDate: '' }), 'schedules.1.startDate')).toBe(validationKeys.required)
    expect(errorAt(schedule({ startTime: '00:00' }), 'schedules.1.startTime')).toBe('startTimeZero')
    expect(errorAt(schedule({ startTime: '25:00' }), 'schedules.1.startTime')).toBe('startTimeInvalid')
    expect(errorAt(valid({ schedules: {} }), 'schedules.1')).toBe('scheduleMissing')
  })
})
