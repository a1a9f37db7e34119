import type { JobStatus } from './types'

/** SCV's default login timeout: 120 minutes. */
const DEFAULT_TOKEN_LIFETIME_MS = 120 * 60_000
/** How long a job started by a request runs: long enough to watch it, short enough for a demo. */
const DEFAULT_JOB_DURATION_MS = 5_000

/**
 * Behaviour knobs the fault scenarios turn. The model reads them; only scenarios.ts writes them, so the model
 * never depends on the scenario machinery.
 */
export const simSettings = {
  tokenLifetimeMs: DEFAULT_TOKEN_LIFETIME_MS,
  jobDurationMs: DEFAULT_JOB_DURATION_MS,
  /** Final status of the next backup-now jobs. */
  backupOutcome: 'SUCCESSFUL' as Exclude<JobStatus, 'RUNNING'>,
}

/** Puts every knob back to its default. */
export function resetSettings(): void {
  simSettings.tokenLifetimeMs = DEFAULT_TOKEN_LIFETIME_MS
  simSettings.jobDurationMs = DEFAULT_JOB_DURATION_MS
  simSettings.backupOutcome = 'SUCCESSFUL'
}
