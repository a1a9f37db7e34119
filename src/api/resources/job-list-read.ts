import { ALL_JOBS } from './job-index'
import { FIRST_ROWS, jobStore, type JobsSnapshot } from './job-store'
import { requestJobList, takeEarlyRead } from './job-list-early'

/**
 * Reads `GET /4.1/jobs` and hands its bytes, as they arrive, to the job index (a worker), which parses and
 * indexes them meanwhile: the page never parses the list (38 MB at 100,000 jobs), and little is left to do
 * when the last byte is in. Errors are the client's (`ApiError`, 401 handling).
 */
export async function readJobList(baseUrl: string | undefined, signal?: AbortSignal): Promise<JobsSnapshot> {
  const { data } = await requestJobList(baseUrl, signal)
  return indexJobList(baseUrl, data)
}

/** Hands a job list's bytes to the index; the jobs page's default view (every job, newest first) comes back with the load. */
export function indexJobList(
  baseUrl: string | undefined,
  data: ReadableStream<Uint8Array> | null | undefined,
) {
  return jobStore().load(baseUrl ?? '', data ?? new ArrayBuffer(0), { query: ALL_JOBS, rows: FIRST_ROWS })
}

/** Starts the job index's worker (its code downloads while the list does). */
export function startJobIndex(): void {
  jobStore()
}

/** How long a read started before the console was ready may stand in for the list query's first read. */
const EARLY_READ_FRESH_MS = 10_000

/** The early read, once, if it is recent and succeeded; otherwise a normal read. */
export async function readJobListOrAdoptEarly(
  baseUrl: string | undefined,
  signal?: AbortSignal,
): Promise<JobsSnapshot> {
  const pending = takeEarlyRead()
  // The early read went to the one appliance the page holds a token for (never under the console server).
  if (pending && baseUrl === undefined && Date.now() - pending.startedAt < EARLY_READ_FRESH_MS) {
    const snapshot = await pending.snapshot
    if (snapshot) return snapshot
  }
  return readJobList(baseUrl, signal)
}
