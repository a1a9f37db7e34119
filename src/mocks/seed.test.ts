// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { benchSeed } from './bench'
import { DAY, HOUR } from './model/clock'
import { DEFAULT_SEED, seedDb } from './model/seed'
import { getDb, resetDb } from './model/db'
import { SEEDED_GAPS } from './model/seed-protection'

const at = Date.parse('2026-11-27T18:30:00Z')

describe('seed', () => {
  it('is deterministic: the same seed and hour give the same appliance', () => {
    const a = seedDb({ at })
    const b = seedDb({ at: at + 10 * 60_000 })
    expect(JSON.stringify({ ...a, tokens: [] })).toBe(JSON.stringify({ ...b, tokens: [] }))
    const other = seedDb({ at, seed: DEFAULT_SEED + 1 })
    expect(other.vms.map((v) => v.uuid)).not.toEqual(a.vms.map((v) => v.uuid))
  })

  it('anchors history to the current time: backups in the last 24 h, none in the future', () => {
    const now = Date.now()
    const db = seedDb({ at: now })
    expect(db.backups.some((b) => b.createdAt > now - DAY)).toBe(true)
    expect(db.backups.every((b) => b.createdAt <= now && b.createdAt > now - 61 * DAY)).toBe(true)
    expect(db.jobs.every((j) => j.startedAt <= now)).toBe(true)
  })

  it('models the documented vCenter inventory', () => {
    const db = seedDb({ at })
    expect(new Set(db.hosts.map((h) => h.cluster)).size).toBe(3)
    expect(db.hosts).toHaveLength(12)
    const kinds = db.datastores.filter((d) => !d.mount).map((d) => d.kind)
    expect(kinds.length).toBeGreaterThanOrEqual(38)
    expect(kinds.filter((k) => k === 'FLEXGROUP')).toHaveLength(1)
    expect(kinds.filter((k) => k === 'VVOL')).toHaveLength(1)
    expect(db.vms).toHaveLength(400)
    expect(db.vms.some((v) => v.template)).toBe(true)
    expect(db.vms.some((v) => v.vvol)).toBe(true)
    expect(db.vms.filter((v) => v.deleted).length).toBeGreaterThan(2)
    expect(db.vms.some((v) => v.vmdks.length > 2)).toBe(true)
    const names = db.vms.map((v) => v.name)
    expect(names).toEqual(
      expect.arrayContaining(['財務-db01', 'Ünïcode-web', '<img src=x onerror=alert(1)>']),
    )
    const grouped = new Set(db.resourceGroups.flatMap((g) => g.entities))
    expect(db.vms.some((v) => !v.deleted && !grouped.has(v.moref))).toBe(true)
  })

  it('models storage, policies, groups, history, audit and schedules', () => {
    const db = seedDb({ at })
    const clusters = db.storageSystems.filter((s) => s.kind === 'ONTAP_CLUSTER')
    expect(clusters).toHaveLength(2)
    const svms = db.storageSystems.filter((s) => s.kind === 'ONTAP_SVM')
    expect(svms.some((s) => s.implicit) && svms.some((s) => !s.implicit && s.clusterName)).toBe(true)
    expect(svms.some((s) => s.clusterName === undefined)).toBe(true)
    expect(db.policies).toHaveLength(6)
    expect(new Set(db.policies.map((p) => p.frequency))).toEqual(
      new Set(['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY']),
    )
    expect(db.policies.some((p) => p.snapVault) && db.policies.some((p) => p.snapMirror)).toBe(true)
    expect(db.policies.some((p) => p.lockingPeriod?.primary)).toBe(true)
    expect(db.resourceGroups).toHaveLength(15)
    expect(db.resourceGroups.filter((g) => g.jobStatus === 'UNDER_MAINTENANCE')).toHaveLength(1)
    expect(new Set(db.resourceGroups.map((g) => g.entityKind))).toEqual(new Set(['VM', 'DATASTORE']))
    expect(new Set(db.resourceGroups.map((g) => g.notification)).size).toBeGreaterThan(2)
    expect(new Set(db.resourceGroups.map((g) => g.spanningType)).size).toBe(3)
    const oldest = Math.min(...db.backups.map((b) => b.createdAt))
    expect(at - oldest).toBeGreaterThan(55 * DAY)
    expect(db.backups.some((b) => b.secondary && !b.primary)).toBe(true)
    expect(db.backups.some((b) => b.vmConsistent) && db.backups.some((b) => b.partial)).toBe(true)
    expect(db.backups.some((b) => b.primaryLockExpiresAt !== null)).toBe(true)
    expect(db.datastores.filter((d) => d.mount)).toHaveLength(2)
    expect(db.jobs.length).toBeGreaterThan(2000)
    expect(new Set(db.jobs.map((j) => j.status))).toEqual(
      new Set(['RUNNING', 'SUCCESSFUL', 'WARNING', 'FAILED']),
    )
    expect(new Set(db.jobs.map((j) => j.type)).size).toBeGreaterThanOrEqual(8)
    expect(new Set(db.auditFiles.map((f) => f.integrity)).size).toBe(5)
    expect(db.schedules).toHaveLength(5)
    expect(
      db.resourceGroups.filter((g) => g.lastRunTime !== null && g.lastRunTime > at - 2 * HOUR).length,
    ).toBeGreaterThan(0)
  })

  it('builds in protection gaps that no failed job gives away (overdue protection cases)', () => {
    const db = seedDb({ at })
    for (const [name, gap] of Object.entries(SEEDED_GAPS)) {
      const rg = db.resourceGroups.find((g) => g.name === name)
      if (!rg) throw new Error(`no group ${name}`)
      const stop = Math.floor(at / HOUR) * HOUR - gap.daysAgo * DAY
      const affected = (policyId: number) => gap.policyId === undefined || gap.policyId === policyId
      const backups = db.backups.filter((b) => b.rgId === rg.id && affected(b.policyId))
      expect(backups.length).toBeGreaterThan(0)
      expect(Math.max(...backups.map((b) => b.createdAt))).toBeLessThanOrEqual(stop)
      const laterJobs = db.jobs.filter(
        (j) => j.type === 'backup' && j.rgId === rg.id && affected(j.policyId ?? -1) && j.startedAt > stop,
      )
      expect(laterJobs).toEqual([])
    }
    const group = (name: string) => db.resourceGroups.find((g) => g.name === name)
    expect(group('RG_Build_Farm')?.jobStatus).toBe('UNDER_MAINTENANCE')
    expect(group('RG_SQL_Cluster')?.jobStatus).toBe('PRODUCTION')
    expect(group('RG_Mixed_Legacy')?.policies).toEqual([
      { id: 2, schedule: expect.objectContaining({ type: 'DAILY' }) },
      { id: 3, schedule: null },
    ])
  })

  // The 2-second budget is measured by `npm run bench` (scripts/bench-seed.mjs) on a quiet machine; here the bound
  // is loose because test workers share the CPU with each other.
  it('seeds the large appliance: 2,000 VMs, 50,000 backups, 100,000 jobs', () => {
    const result = benchSeed('large', 1)
    expect(result).toMatchObject({ vms: 2000 })
    expect(result.backups).toBeGreaterThanOrEqual(50_000)
    expect(result.jobs).toBeGreaterThanOrEqual(100_000)
    expect(result.ms).toBeLessThan(10_000)
  })

  it('resets lazily: the next read seeds a fresh model', () => {
    const before = getDb()
    before.policies.length = 0
    const started = performance.now()
    resetDb()
    expect(performance.now() - started).toBeLessThan(5)
    expect(getDb().policies).toHaveLength(6)
  })
})
