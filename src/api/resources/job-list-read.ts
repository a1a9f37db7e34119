import { scvClient } from '../client'
import { getToken } from '../session'
import { ALL_JOBS } from './job-index'
import { FIRST_ROWS, jobStore, type JobsSnapshot } from './job-store'

/**
 * Reads `GET /4.1/jobs` and hands its bytes, as they arrive, to the job index (a worker), which parses and
 * indexes them meanwhile: the page never parses the list (38 MB at 100,000 jobs), and little is left to do
 * when the last byte is in. Errors are the client's (`ApiError`, 401 handling).
 */
export async function readJobList(baseUrl: string | undefined, signal?: AbortSignal): Promise<JobsSnapshot> {
  const { data } = await scvClient.GET('/4.1/jobs', {
    parseAs: 'stream',
    signal,
    ...(baseUrl ? { baseUrl } : {}),
  })
  // The jobs page's default view (every job, newest first) is answered with the load.
  return jobStore().load(baseUrl ?? '', data ?? new ArrayBuffer(0), { query: ALL_JOBS, rows: FIRST_ROWS })
}

/** How long a read started before the console was ready may stand in for the list query's first read. */
const EARLY_READ_FRESH_MS = 10_000

let early: { startedAt: number; snapshot: Promise<JobsSnapshot | null> } | null = null

/**
 * Starts reading the job list before the console's code has loaded (the jobs page opened directly, signed in):
 * the request then leaves with the first script instead of after the app has booted and the page's code has
 * arrived, and the worker parses it meanwhile. The list query's first read adopts it.
 */
export function readJobListEarly(): void {
  if (early || !getToken()) return
  // The worker starts loading its code now, in parallel with the download, not once the bytes are here.
  jobStore()
  early = {
    startedAt: Date.now(),
    // A failed early read is dropped, not reported: the query reads again through the normal path, where a
    // 401 returns to sign-in (the handler for it is not installed this early).
    snapshot: readJobList(undefined).catch(() => null),
  }
}

/** The early read, once, if it is recent and succeeded; otherwise a normal read. */
export async function readJobListOrAdoptEarly(
  baseUrl: string | undefined,
  signal?: AbortSignal,
): Promise<JobsSnapshot> {
  const pending = early
  early = null
  // The early read went to the one appliance the page holds a token for (never under the console server).
  if (pending && baseUrl === undefined && Date.now() - pending.startedAt < EARLY_READ_FRESH_MS) {
    const snapshot = await pending.snapshot
    if (snapshot) return snapshot
  }
  return readJobList(baseUrl, signal)
}
