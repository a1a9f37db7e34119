import { HOUR } from './clock'
import { createRng } from './prng'
import {
  LARGE_SCALE,
  NORMAL_SCALE,
  seedDatastores,
  seedHosts,
  seedVms,
  type SeedScale,
} from './seed-inventory'
import { seedPolicies, seedResourceGroups, seedStorageSystems } from './seed-protection'
import { seedBackups, seedBuiltInSchedules, seedJobs } from './seed-history'
import { seedAuditFiles } from './audit'
import type { BackupRecord, DatastoreRecord, SimulatorDb, VmRecord } from './types'

/** The fixed seed: the simulator shows the same inventory on every start. */
export const DEFAULT_SEED = 20_190_917

export type ScaleName = 'normal' | 'large'

/** Seed sizes for a scale name. */
function scaleFor(name: ScaleName): SeedScale {
  return name === 'large' ? LARGE_SCALE : NORMAL_SCALE
}

/**
 * Builds a complete appliance: vCenter inventory, storage, policies, groups, 60 days of backups and jobs.
 * Times are offsets from the current hour, so the data is the same apart from the moment it is anchored to.
 */
export function seedDb(options: { seed?: number; scale?: ScaleName; at: number }): SimulatorDb {
  const rng = createRng(options.seed ?? DEFAULT_SEED)
  const scale = scaleFor(options.scale ?? 'normal')
  const anchor = Math.floor(options.at / HOUR) * HOUR
  const hosts = seedHosts()
  const datastores = seedDatastores(rng, hosts)
  const vms = seedVms(rng, scale.vms, hosts, datastores)
  roomForDisks(datastores, vms)
  const storageSystems = seedStorageSystems()
  const policies = seedPolicies()
  const resourceGroups = seedResourceGroups(rng, vms, datastores, policies)
  const backups = seedBackups(rng, resourceGroups, policies, vms, anchor, scale)
  const jobs = seedJobs(rng, backups, resourceGroups, policies, vms, anchor, scale)
  for (const job of jobs) {
    if (job.type !== 'backup' || job.rgId === null || job.status === 'RUNNING') continue
    const rg = resourceGroups[job.rgId - 1]
    if (rg && (rg.lastRunTime === null || job.startedAt >= rg.lastRunTime)) {
      rg.lastRunTime = job.startedAt
      rg.lastRunStatus = job.status
    }
  }
  const mounted = seedMountedDatastores(
    backups,
    datastores,
    resourceGroups.map((g) => g.name),
  )
  seedStaleMount(backups, mounted)
  return {
    vcenter: { name: 'vcsa01.demo.local', datacenter: 'DC-Demo' },
    hosts,
    datastores: [...datastores, ...mounted],
    vms,
    storageSystems,
    policies,
    resourceGroups,
    backups,
    jobs,
    auditFiles: seedAuditFiles(anchor, options.seed ?? DEFAULT_SEED),
    auditConfig: {
      auditMaxROFiles: 10,
      auditLogSize: 10,
      syslogEnabled: false,
      syslogServerIp: null,
      syslogServerPort: null,
      syslogRfcFormat: null,
      syslogCertificateExpiry: null,
    },
    jobCleanup: { jobRetentionDays: 90, jobLogRetentionDays: 30 },
    schedules: seedBuiltInSchedules(),
    configurations: { ENABLE_FSX: 'false', FORCE_ZAPI: 'false' },
    tokens: new Map(),
    liveJobs: [],
    nextId: {
      storage: storageSystems.length + 1,
      policy: policies.length + 1,
      rg: resourceGroups.length + 1,
      backup: backups.length + 1,
      job: jobs.length + 1,
      datastore: 5001 + mounted.length,
    },
  }
}

/** Two backups that were mounted earlier and are still mounted, so Unmount has something to show. */
function seedMountedDatastores(
  backups: BackupRecord[],
  datastores: DatastoreRecord[],
  groupNames: string[],
): DatastoreRecord[] {
  const wanted = ['RG_NFS_Prod', 'RG_VMFS_Tier1']
  const result: DatastoreRecord[] = []
  for (const name of wanted) {
    const rgId = groupNames.indexOf(name) + 1
    const backup = [...backups].reverse().find((b) => b.rgId === rgId && b.primary)
    const source = datastores.find((d) => d.moref === backup?.datastoreMorefs[0])
    if (!backup || !source) continue
    result.push({
      ...source,
      moref: `datastore-${5001 + result.length}`,
      name: `${source.name}_mnt_${backup.id}`,
      mount: {
        backupId: backup.id,
        sourceDatastoreName: source.name,
        location: `${source.svm}:/vol/${source.volume}:${backup.name}`,
        esxHostName: 'esxi-a01.demo.local',
        mountedAt: backup.createdAt + 3_600_000,
      },
      hostMorefs: ['host-101'],
    })
  }
  return result
}

/**
 * One backup SCV shows as mounted with nothing under `.../mounted` (its clone was removed out of band): the
 * clean-up path: the newest primary backup, not mounted otherwise, of the first seeded mount's group.
 */
function seedStaleMount(backups: BackupRecord[], mounted: DatastoreRecord[]): void {
  const taken = new Set(mounted.map((d) => d.mount?.backupId))
  const rgId = mounted[0] ? backups.find((b) => b.id === mounted[0]?.mount?.backupId)?.rgId : undefined
  const stale = [...backups]
    .reverse()
    .find((b) => b.rgId === rgId && b.primary && b.status === 'COMPLETED' && !taken.has(b.id))
  if (stale) stale.staleMount = true
}

/**
 * Gives every datastore room for the disks seeded on it plus about a third free (in 512 GB steps), so free space
 * (VMDK restore) is meaningful; no random draw, so the rest of the seed is unchanged.
 */
function roomForDisks(datastores: DatastoreRecord[], vms: readonly VmRecord[]): void {
  for (const datastore of datastores) {
    const used = vms
      .flatMap((vm) => vm.vmdks)
      .filter((disk) => disk.datastoreMoref === datastore.moref)
      .reduce((sum, disk) => sum + disk.sizeGb, 0)
    const wanted = Math.ceil((used * 1.5) / 512) * 512
    if (datastore.capacityGb < wanted) datastore.capacityGb = wanted
  }
}
