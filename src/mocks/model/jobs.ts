import { backupStamp, lockDurationMs, now } from './clock'
import { badRequest, found } from './errors'
import { jobLogLines, jobName, phasesFor } from './job-text'
import { scopeOfGroup } from './seed-history'
import { simSettings } from './settings'
import type { BackupRecord, JobEffect, JobRecord, JobStatus, JobType, SimulatorDb } from './types'

interface StartJob {
  type: JobType
  name: string
  rgId?: number | null
  policyId?: number | null
  backupId?: number | null
  effect: JobEffect | null
  outcome?: Exclude<JobStatus, 'RUNNING'>
}

/**
 * Starts a job that runs for a few seconds. No timer drives it: its state is computed from timestamps whenever
 * the model is read ({@link settleJobs}), so it behaves the same in the browser, in Node and under test.
 */
export function startJob(db: SimulatorDb, spec: StartJob): JobRecord {
  const startedAt = now()
  const job: JobRecord = {
    id: db.nextId.job++,
    type: spec.type,
    name: spec.name,
    status: 'RUNNING',
    startedAt,
    endedAt: null,
    rgId: spec.rgId ?? null,
    policyId: spec.policyId ?? null,
    backupId: spec.backupId ?? null,
    finishesAt: startedAt + simSettings.jobDurationMs,
    outcome: spec.outcome ?? 'SUCCESSFUL',
    phases: phasesFor(spec.type),
    logs: [],
    effect: spec.effect,
  }
  db.jobs.push(job)
  db.liveJobs.push(job)
  return job
}

/** Finishes every live job whose time is up and applies what it did to the model. */
export function settleJobs(db: SimulatorDb, at = now()): void {
  if (db.liveJobs.length === 0) return
  const stillRunning: JobRecord[] = []
  for (const job of db.liveJobs) {
    if (job.status !== 'RUNNING') continue
    if (job.finishesAt !== null && job.finishesAt <= at) finishJob(db, job)
    else stillRunning.push(job)
  }
  db.liveJobs = stillRunning
}

function finishJob(db: SimulatorDb, job: JobRecord): void {
  const outcome = job.outcome ?? 'SUCCESSFUL'
  job.status = outcome
  job.endedAt = job.finishesAt
  const effect = job.effect
  if (!effect) return
  if (effect.kind === 'createBackup') {
    const rg = db.resourceGroups.find((g) => g.id === effect.rgId)
    if (rg) {
      rg.lastRunStatus = outcome
      rg.lastRunTime = job.startedAt
    }
    if (outcome === 'FAILED' || !rg) return
    const backup = createBackup(
      db,
      effect.rgId,
      effect.policyId,
      job.finishesAt ?? now(),
      outcome === 'WARNING',
    )
    job.backupId = backup.id
    return
  }
  if (outcome === 'FAILED') return
  applyEffect(db, effect, job)
}

/** A new backup of a group as it is now (its current members), taken at `at`. */
function createBackup(
  db: SimulatorDb,
  rgId: number,
  policyId: number,
  at: number,
  partial: boolean,
): BackupRecord {
  const rg = found(
    db.resourceGroups.find((g) => g.id === rgId),
    'Resource group',
    rgId,
  )
  const policy = db.policies.find((p) => p.id === policyId)
  const scope = scopeOfGroup(rg, db.vms)
  const name = `${rg.name}_${backupStamp(at)}`
  const lockMs = lockDurationMs(policy?.lockingPeriod?.primary ?? null)
  const replicated = Boolean(policy?.snapVault || policy?.snapMirror)
  const backup: BackupRecord = {
    id: db.nextId.backup++,
    name,
    rgId,
    policyId,
    createdAt: at,
    status: 'COMPLETED',
    primary: true,
    secondary: replicated,
    vmConsistent: Boolean(policy?.vmConsistency) && !partial,
    partial,
    vmwareSnapshot: Boolean(policy?.vmConsistency) && !partial,
    primaryLockExpiresAt: lockMs ? at + lockMs : null,
    secondaryLockExpiresAt: null,
    vmMorefs: scope.vmMorefs,
    datastoreMorefs: scope.datastoreMorefs,
  }
  db.backups.push(backup)
  return backup
}

function applyEffect(db: SimulatorDb, effect: JobEffect, job: JobRecord): void {
  switch (effect.kind) {
    case 'mount': {
      const source = db.datastores.find((d) => d.moref === effect.sourceDatastoreMoref)
      const host = db.hosts.find((h) => h.name === effect.esxHostName || h.moref === effect.esxHostName)
      const n = db.nextId.datastore++
      db.datastores.push({
        moref: `datastore-${n}`,
        name: `${source?.name ?? 'datastore'}_mnt_${effect.backupId}_${n}`,
        kind: source?.kind ?? 'NFS',
        svm: source?.svm ?? 'svm_nfs_prod',
        volume: `${source?.volume ?? 'vol'}_clone_${n}`,
        capacityGb: source?.capacityGb ?? 1024,
        mount: {
          backupId: effect.backupId,
          sourceDatastoreName: source?.name ?? effect.sourceDatastoreMoref,
          location: effect.location,
          esxHostName: host?.name ?? effect.esxHostName,
          mountedAt: job.finishesAt ?? now(),
        },
        hostMorefs: host ? [host.moref] : [],
      })
      return
    }
    case 'unmount': {
      const gone = new Set(effect.datastoreMorefs)
      db.datastores = db.datastores.filter((d) => !gone.has(d.moref))
      const cleaned = db.backups.find((b) => b.id === effect.cleanupOf)
      if (cleaned) cleaned.staleMount = false
      return
    }
    case 'attach': {
      const vm = db.vms.find((v) => v.moref === effect.vmMoref)
      vm?.attached.push(
        ...effect.paths.map((path) => ({
          path,
          backupId: effect.backupId,
          sourceVmMoref: effect.sourceVmMoref,
          location: effect.location,
        })),
      )
      return
    }
    case 'detach': {
      const vm = db.vms.find((v) => v.moref === effect.vmMoref)
      if (vm) vm.attached = vm.attached.filter((a) => !effect.paths.includes(a.path))
      return
    }
    case 'restore': {
      const vm = db.vms.find((v) => v.moref === effect.vmMoref)
      if (vm) {
        // A restored deleted VM is registered in vCenter again; a restored VM is not re-added to its groups.
        vm.deleted = false
        vm.powerState = 'POWERED_ON'
      }
      return
    }
    case 'restoreVmdk': {
      const vm = db.vms.find((v) => v.moref === effect.vmMoref)
      for (const move of effect.moves) {
        const disk = vm?.vmdks.find((d) => d.path === move.path)
        const target = db.datastores.find((d) => d.moref === move.datastoreMoref)
        if (!disk || !target || disk.datastoreMoref === target.moref) continue
        // The restored disk is registered at its new place: `[target] folder/file.vmdk`.
        disk.path = `[${target.name}] ${disk.path.slice(disk.path.indexOf(']') + 1).trim()}`
        disk.datastoreMoref = target.moref
      }
      return
    }
    case 'createBackup':
    case 'none':
      return
  }
}

/** Marks a running job failed (failJobs); a finished job is refused with 400. */
export function failJob(db: SimulatorDb, id: number): JobRecord {
  settleJobs(db)
  const job = found(
    db.jobs.find((j) => j.id === id),
    'Job',
    id,
  )
  if (job.status !== 'RUNNING') {
    throw badRequest(
      `Job ${id} is not running (status ${job.status}); only running jobs can be marked failed.`,
    )
  }
  const at = now()
  const lines = jobLogLines(job, at)
  job.status = 'FAILED'
  job.outcome = 'FAILED'
  job.endedAt = at
  job.logs = [
    ...lines,
    { time: at, level: 'ERROR', message: `Job ${id} was marked failed through failJobs.` },
  ]
  db.liveJobs = db.liveJobs.filter((j) => j !== job)
  if (job.type === 'backup' && job.rgId !== null) {
    const rg = db.resourceGroups.find((g) => g.id === job.rgId)
    if (rg) rg.lastRunStatus = 'FAILED'
  }
  return job
}

/** True when a restore-type job is running against a backup of this group (SCV refuses backup now then). */
function restoreRunningOnGroup(db: SimulatorDb, rgId: number): boolean {
  return db.liveJobs.some(
    (j) => j.status === 'RUNNING' && j.rgId === rgId && (j.type === 'restore' || j.type === 'restoreVmdk'),
  )
}

/** Starts the backup-now job of a group with one of its policies. */
export function startBackupNow(db: SimulatorDb, rgId: number, policyId: number): JobRecord {
  settleJobs(db)
  const rg = found(
    db.resourceGroups.find((g) => g.id === rgId),
    'Resource group',
    rgId,
  )
  const policy = found(
    db.policies.find((p) => p.id === policyId),
    'Policy',
    policyId,
  )
  if (!rg.policies.some((l) => l.id === policyId)) {
    throw badRequest(`Policy '${policy.name}' is not attached to resource group '${rg.name}'.`)
  }
  if (restoreRunningOnGroup(db, rgId)) {
    throw badRequest(
      `A restore is running on resource group '${rg.name}'. Backup and restore cannot run at the same time on the same resource group.`,
    )
  }
  rg.lastRunStatus = 'RUNNING'
  rg.lastRunTime = now()
  return startJob(db, {
    type: 'backup',
    name: jobName('backup', rg.name, policy.name),
    rgId,
    policyId,
    effect: { kind: 'createBackup', rgId, policyId, partial: false },
    outcome: simSettings.backupOutcome,
  })
}
