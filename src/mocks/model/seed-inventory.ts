import type { Rng } from './prng'
import { toUuid } from './prng'
import type { DatastoreKind, DatastoreRecord, HostRecord, VmRecord } from './types'

/** Sizes that differ between the normal and the large seed. */
export interface SeedScale {
  vms: number
  backups: number
  jobs: number
}

export const NORMAL_SCALE: SeedScale = { vms: 400, backups: 0, jobs: 0 }
export const LARGE_SCALE: SeedScale = { vms: 2000, backups: 50_000, jobs: 100_000 }

const CLUSTERS = ['Cluster-Prod', 'Cluster-Dev', 'Cluster-DR'] as const

/** The SVM that serves each kind of datastore; it must match a storage system in the protection seed. */
const SVM_FOR_KIND: Record<DatastoreKind, readonly string[]> = {
  NFS: ['svm_nfs_prod', 'svm_nfs_dev'],
  VMFS: ['svm_san_prod'],
  FLEXGROUP: ['svm_nfs_prod'],
  VVOL: ['svm_vvol'],
}

/** 12 ESXi hosts in 3 clusters. */
export function seedHosts(): HostRecord[] {
  const hosts: HostRecord[] = []
  for (let i = 0; i < 12; i++) {
    const cluster = CLUSTERS[Math.floor(i / 4)] ?? 'Cluster-Prod'
    const letter = 'abc'[Math.floor(i / 4)] ?? 'a'
    hosts.push({
      moref: `host-${101 + i}`,
      name: `esxi-${letter}${String((i % 4) + 1).padStart(2, '0')}.demo.local`,
      cluster,
    })
  }
  return hosts
}

/** About 40 datastores: NFS and VMFS, one FlexGroup and one vVol. */
export function seedDatastores(rng: Rng, hosts: HostRecord[]): DatastoreRecord[] {
  const kinds: DatastoreKind[] = [
    ...Array<DatastoreKind>(22).fill('NFS'),
    ...Array<DatastoreKind>(16).fill('VMFS'),
    'FLEXGROUP',
    'VVOL',
  ]
  const counters: Record<DatastoreKind, number> = { NFS: 0, VMFS: 0, FLEXGROUP: 0, VVOL: 0 }
  return kinds.map((kind, index) => {
    counters[kind] += 1
    const n = String(counters[kind]).padStart(2, '0')
    const prefix = { NFS: 'nfs_ds', VMFS: 'vmfs_ds', FLEXGROUP: 'fg_ds', VVOL: 'vvol_ds' }[kind]
    const cluster = CLUSTERS[index % 3] ?? 'Cluster-Prod'
    return {
      moref: `datastore-${1001 + index}`,
      name: `${prefix}${n}`,
      kind,
      svm: rng.pick(SVM_FOR_KIND[kind]),
      volume: `vol_${prefix}${n}`,
      capacityGb: rng.pick([512, 1024, 2048, 4096, 8192]),
      hostMorefs: hosts.filter((h) => h.cluster === cluster).map((h) => h.moref),
    }
  })
}

const NAME_STYLES: ReadonlyArray<(i: number) => string> = [
  (i) => `app-web-${String(i).padStart(3, '0')}`,
  (i) => `SQL_PROD_${String(i).padStart(2, '0')}`,
  (i) => `lnx.build.${String(i).padStart(2, '0')}`,
  (i) => `win2022-rds${i}`,
  (i) => `k8s-worker-${i}`,
  (i) => `Exchange DAG ${i}`,
  (i) => `ora_fin_${i}`,
]

/**
 * Names chosen to stress rendering and export: non-ASCII scripts, markup that must be shown as text, and a comma
 * and quotes that a CSV must quote (vCenter allows all of them in VM names).
 */
const SPECIAL_NAMES = [
  '財務-db01',
  'Ünïcode-web',
  '<img src=x onerror=alert(1)>',
  'データ分析-02',
  'Ελληνικά_app',
  'emoji-🚀-ci',
  '財務 "ledger", db02',
]

/**
 * About 400 VMs (or `count`): some templates, some with several VMDKs, vVol VMs on the vVol datastore, and a few
 * deleted ones that survive only in backups and are found by UUID.
 */
export function seedVms(
  rng: Rng,
  count: number,
  hosts: HostRecord[],
  datastores: DatastoreRecord[],
): VmRecord[] {
  const traditional = datastores.filter((d) => d.kind === 'NFS' || d.kind === 'VMFS')
  const vvolDs = datastores.find((d) => d.kind === 'VVOL')
  const flexGroup = datastores.find((d) => d.kind === 'FLEXGROUP')
  const vms: VmRecord[] = []
  for (let i = 0; i < count; i++) {
    const special = SPECIAL_NAMES[i]
    const vvol = i >= 10 && i < 22
    const onFlexGroup = i >= 22 && i < 30
    const template = !vvol && i % 37 === 5
    const deleted = i >= count - 6
    const styleIndex = i % NAME_STYLES.length
    const style = NAME_STYLES[styleIndex] ?? NAME_STYLES[0]
    let name = special ?? (style ? style(i) : `vm${i}`)
    if (template) name = `tmpl-${name}`
    if (vvol) name = `vvol_vm${String(i).padStart(2, '0')}`
    const home = vvol ? vvolDs : onFlexGroup ? flexGroup : rng.pick(traditional)
    const homeDs = home ?? traditional[0]
    if (!homeDs) throw new Error('seed needs datastores')
    const diskCount = i % 9 === 0 ? rng.int(2, 4) : 1
    const vmdks = []
    for (let d = 0; d < diskCount; d++) {
      // A second disk on another datastore makes spanning settings matter.
      const ds = d > 0 && !vvol && !onFlexGroup && rng.chance(0.3) ? rng.pick(traditional) : homeDs
      const diskName = d === 0 ? `${name}.vmdk` : `${name}_${d}.vmdk`
      vmdks.push({
        path: `[${ds.name}] ${name}/${diskName}`,
        datastoreMoref: ds.moref,
        sizeGb: rng.pick([16, 40, 60, 100, 250, 500]),
        controller: `SCSI controller 0:${d}`,
      })
    }
    const hostMoref = rng.pick(homeDs.hostMorefs.length > 0 ? homeDs.hostMorefs : hosts.map((h) => h.moref))
    vms.push({
      moref: `vm-${2001 + i}`,
      uuid: toUuid(rng.hex(32)),
      name,
      hostMoref,
      template,
      vvol,
      deleted,
      powerState: template
        ? 'POWERED_OFF'
        : rng.pick(['POWERED_ON', 'POWERED_ON', 'POWERED_ON', 'POWERED_OFF', 'SUSPENDED']),
      vmdks,
      attached: [],
    })
  }
  return vms
}
