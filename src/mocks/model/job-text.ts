import { failureReasonOf, QUIESCE_WARNING } from './failure-reasons'
import type { JobLogLine, JobRecord, JobType } from './types'

/** Job names as the Job Monitor shows them, e.g. "Backup of Resource Group 'x' with Policy 'y'". */
export function jobName(type: JobType, subject = '', detail = ''): string {
  switch (type) {
    case 'backup':
      return `Backup of Resource Group '${subject}' with Policy '${detail}'`
    case 'restore':
      return `Restore of VM '${subject}' from backup '${detail}'`
    case 'restoreVmdk':
      return `Restore of VMDKs of VM '${subject}' from backup '${detail}'`
    case 'mountBackup':
      return `Mount of backup '${detail}' of datastore '${subject}'`
    case 'unmountBackup':
      return `Unmount of datastore '${subject}'`
    case 'attachVmdk':
      return `Attach VMDKs to VM '${subject}' from backup '${detail}'`
    case 'detachVmdk':
      return `Detach VMDKs from VM '${subject}'`
    case 'purgeJobs':
      return 'Purge jobs'
    case 'purgeBackups':
      return 'Purge backups'
    case 'databaseDump':
      return 'Database dump'
    case 'auditVerify':
      return 'Verify audit log integrity'
  }
}

const PHASES: Record<JobType, string[]> = {
  backup: [
    'Preparing backup',
    'Quiescing VMs',
    'Creating storage snapshots',
    'Registering backup',
    'Updating secondary',
  ],
  restore: ['Validating restore', 'Mounting snapshot', 'Copying VM files', 'Registering VM', 'Cleaning up'],
  restoreVmdk: ['Validating restore', 'Mounting snapshot', 'Copying VMDKs', 'Cleaning up'],
  mountBackup: ['Cloning snapshot', 'Exporting volume', 'Mounting datastore on host'],
  unmountBackup: ['Unmounting datastore', 'Deleting clone'],
  attachVmdk: ['Mounting snapshot', 'Attaching disks'],
  detachVmdk: ['Detaching disks', 'Unmounting snapshot'],
  purgeJobs: ['Purging jobs'],
  purgeBackups: ['Purging backups'],
  databaseDump: ['Dumping database'],
  auditVerify: ['Verifying audit files'],
}

/** The phases a job of this type moves through, in order. */
export function phasesFor(type: JobType): string[] {
  return PHASES[type]
}

/**
 * Log lines of a job. Seeded jobs don't store logs (100,000 of them would make seeding slow); the lines are
 * derived from the job on demand, which also keeps them consistent with the job's current status.
 */
export function jobLogLines(job: JobRecord, at: number): readonly JobLogLine[] {
  if (job.logs.length > 0) return job.logs
  const lines: JobLogLine[] = [
    { time: job.startedAt, level: 'INFO', message: `Job ${job.id} started: ${job.name}` },
  ]
  const end = job.endedAt ?? at
  const span = Math.max(end - job.startedAt, 1)
  const reached = job.status === 'RUNNING' ? currentPhaseIndex(job, at) + 1 : job.phases.length
  job.phases.slice(0, reached).forEach((phase, i) => {
    lines.push({
      time: job.startedAt + Math.floor((span * i) / Math.max(job.phases.length, 1)),
      level: 'INFO',
      message: phase,
    })
  })
  if (job.status === 'WARNING') lines.push({ time: end, level: 'WARN', message: QUIESCE_WARNING })
  if (job.status === 'FAILED')
    lines.push({ time: end, level: 'ERROR', message: failureReasonOf(job) ?? 'Operation failed' })
  if (job.status !== 'RUNNING')
    lines.push({ time: end, level: 'INFO', message: `Job ${job.id} finished with status ${job.status}` })
  return lines
}

/** Index of the phase a running job is in, from its timestamps. */
export function currentPhaseIndex(job: JobRecord, at: number): number {
  if (job.phases.length === 0) return 0
  if (job.finishesAt === null) return Math.max(job.phases.length - 2, 0)
  const fraction = (at - job.startedAt) / Math.max(job.finishesAt - job.startedAt, 1)
  return Math.min(job.phases.length - 1, Math.max(0, Math.floor(fraction * job.phases.length)))
}
