import { ALL_JOBS } from './job-index'
import { FIRST_ROWS, jobStore, type JobsSnapshot } from './job-store'
import { requestJobList, takeEarlyRead } from './job-list-early'

/**
 * Reads `GET /4.1/jobs` into the job index (a worker), which makes the request itself and parses and indexes
 * the bytes as they arrive: the page never holds, parses or even forwards the list (38 MB at 100,000 jobs),
 * and little is left to do when the last byte is in. The request is the client's (token, appliance); its
 * answer's status is judged here as every other answer's (`ApiError`, 401 handling).
 */
export async function readJobList(baseUrl: string | undefined, signal?: AbortSignal): Promise<JobsSnapshot> {
  let snapshot: Promise<JobsSnapshot> | undefined
  await requestJobList(baseUrl, signal, (request) => {
    // The jobs page's default view (every job, newest first) is answered with the load.
    const read = jobStore().fetchAndLoad(baseUrl ?? '', request, { query: ALL_JOBS, rows: FIRST_ROWS })
    snapshot = read.snapshot
    // When the answer is an error, the client reports it; the load's own failure is the same one.
    snapshot.catch(() => undefined)
    return read.response
  })
  if (!snapshot) throw new Error('The job list was not requested')
  return snapshot
}

/**
 * Hands a job list's bytes, read on this thread (the early read, which leaves before the index's code is
 * here), to the index; the jobs page's default view (every job, newest first) comes back with the load.
 */
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
