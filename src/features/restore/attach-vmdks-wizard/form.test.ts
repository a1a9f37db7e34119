import { describe, expect, it } from 'vitest'
import { attachVmdksCall, attachVmdksSchema, emptyAttachVmdksValues, type AttachVmdksValues } from './form'

const vm = { moref: 'vm-1', name: 'db01', kind: 'vm' as const }
const other = { moref: 'vm-2', name: 'web01', kind: 'vm' as const }
const values = (change: Partial<AttachVmdksValues>): AttachVmdksValues => ({
  ...emptyAttachVmdksValues(),
  vm,
  backup: { backupId: 7, backupName: 'b', createdTime: '2026-11-30T10:00:00Z', partial: false },
  disks: [{ vmdkPath: '[ds1] db01/db01.vmdk', datastore: 'ds1' }],
  target: 'this',
  ...change,
})
const issues = (input: AttachVmdksValues) => {
  const result = attachVmdksSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
}

describe('attach form', () => {
  it('sends alternateVmMoref only for another VM', () => {
    expect(attachVmdksCall(values({}))?.init.body).not.toHaveProperty('alternateVmMoref')
    expect(attachVmdksCall(values({ target: 'alternate', alternateVm: other }))?.init.body).toMatchObject({
      backupId: 7,
      alternateVmMoref: 'vm-2',
    })
  })

  it('refuses an alternate target that is missing, the same VM or a template', () => {
    expect(issues(values({ target: 'alternate', alternateVm: null }))).toEqual(['alternateVm'])
    expect(issues(values({ target: 'alternate', alternateVm: vm }))).toEqual(['alternateVm'])
    expect(issues(values({ target: 'alternate', alternateVm: { ...other, isTemplate: true } }))).toEqual([
      'alternateVm',
    ])
    expect(issues(values({ target: 'alternate', alternateVm: other }))).toEqual([])
  })

  it('refuses a template as the source VM', () => {
    expect(issues(values({ vm: { ...vm, isTemplate: true } }))).toEqual(['vm'])
  })
})
