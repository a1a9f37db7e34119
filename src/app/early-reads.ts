import { readJobListEarly } from '../api/resources/job-list-early'

/**
 * Reads that leave before the console's code has loaded. Opened on the jobs page (signed in), the job list —
 * the biggest read, 38 MB at 100,000 jobs — is requested with the first script, and the worker indexes it
 * while the rest of the console loads; the list query adopts it. Without this the request would wait for the
 * app to boot and the page's code to arrive.
 */
export function startEarlyReads(): void {
  if (/^\/jobs(\/|$)/.test(location.pathname)) readJobListEarly()
}
