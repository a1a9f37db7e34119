// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildStorageRows, implicitSvmsOf, userNameCell, type StorageSystem } from './storage-rows'

const base = { protocol: 'HTTPS', port: 443, authenticationMethod: 'CREDENTIALS', timeout: 60 } as const
const c1: StorageSystem = {
  ...base,
  name: 'ontap-c1.demo.local',
  displayName: 'ontap-c1',
  type: 'ONTAP_CLUSTER',
  username: 'admin',
}
const c2: StorageSystem = {
  ...base,
  name: 'ontap-c2.demo.local',
  displayName: 'ontap-c2',
  type: 'ONTAP_CLUSTER',
  username: 'admin',
  timeout: 180,
}
const svmA: StorageSystem = {
  ...base,
  name: 'svm_a',
  type: 'ONTAP_SVM',
  clusterName: 'ontap-c1',
  implicit: true,
  username: null,
}
const svmB: StorageSystem = {
  ...base,
  name: 'svm_b',
  type: 'ONTAP_SVM',
  clusterName: 'ontap-c1',
  implicit: false,
  username: 'vsadmin',
}
const svmC: StorageSystem = {
  ...base,
  name: 'svm_c',
  type: 'ONTAP_SVM',
  clusterName: 'ontap-c2.demo.local',
  implicit: true,
}
const lone: StorageSystem = {
  ...base,
  name: 'svm_lone',
  type: 'ONTAP_SVM',
  authenticationMethod: 'CERTIFICATE',
  username: null,
}
const all = [svmB, c2, svmC, lone, svmA, c1]

const names = (rows: ReturnType<typeof buildStorageRows>) =>
  rows.map((row) => `${row.depth}:${row.system.name}`)

describe('buildStorageRows', () => {
  it('groups SVMs under their cluster (by display name or FQDN) and keeps stand-alone SVMs at the top', () => {
    expect(names(buildStorageRows(all, {}))).toEqual([
      '0:ontap-c1.demo.local',
      '1:svm_a',
      '1:svm_b',
      '0:ontap-c2.demo.local',
      '1:svm_c',
      '0:svm_lone',
    ])
  })

  it('sorts parents and children by the column, descending too', () => {
    expect(names(buildStorageRows(all, { sort: 'name', direction: 'desc' }))).toEqual([
      '0:svm_lone',
      '0:ontap-c2.demo.local',
      '1:svm_c',
      '0:ontap-c1.demo.local',
      '1:svm_b',
      '1:svm_a',
    ])
    expect(names(buildStorageRows([c1, c2], { sort: 'timeout', direction: 'desc' }))[0]).toBe(
      '0:ontap-c2.demo.local',
    )
  })

  it('shows a matching SVM with its cluster, and a matching cluster with all its SVMs', () => {
    expect(names(buildStorageRows(all, { search: 'SVM_B' }))).toEqual(['0:ontap-c1.demo.local', '1:svm_b'])
    expect(names(buildStorageRows(all, { search: 'ontap-c2' }))).toEqual(['0:ontap-c2.demo.local', '1:svm_c'])
    expect(buildStorageRows(all, { search: 'nothing-like-this' })).toEqual([])
  })

  it('reads the user name column the way SCV does', () => {
    expect(userNameCell(svmA)).toEqual({ kind: 'implicit' })
    expect(userNameCell(lone)).toEqual({ kind: 'certificate' })
    expect(userNameCell(svmB)).toEqual({ kind: 'user', text: 'vsadmin' })
  })

  it('finds the implicit SVMs that go with a cluster', () => {
    expect(implicitSvmsOf(c1, all).map((s) => s.name)).toEqual(['svm_a'])
    expect(implicitSvmsOf(c2, all).map((s) => s.name)).toEqual(['svm_c'])
  })
})
