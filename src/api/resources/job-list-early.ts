import { scvClient } from '../client'
import { getToken } from '../session'
import type { JobsSnapshot } from './job-store'

/**
 * `GET /4.1/jobs` as a byte stream (38 MB at 100,000 jobs): nothing here parses it. `fetch` lets the job index
 * send the client's request itself (token, appliance) so the bytes go straight to its worker.
 */
export function requestJobList(
  baseUrl: string | undefined,
  signal?: AbortSignal,
  fetch?: (request: Request) => Promise<Response>,
) {
  return scvClient.GET('/4.1/jobs', {
    parseAs: 'stream',
    signal,
    ...(baseUrl ? { baseUrl } : {}),
    ...(fetch ? { fetch } : {}),
  })
}

export interface EarlyRead {
  startedAt: number
  snapshot: Promise<JobsSnapshot | null>
}

let early: EarlyRead | null = null

/**
 * Starts reading the job list before the console's code has loaded (the jobs page opened directly, signed in):
 * the request then leaves with the first script instead of after the app has booted and the page's code has
 * arrived. The job index's code (its own chunk, so the sign-in page never downloads it) arrives meanwhile,
 * starts the worker and is handed the bytes; the list query's first read adopts the result.
 */
export function readJobListEarly(): void {
  if (early || !getToken()) return
  const answer = requestJobList(undefined)
  const indexing = import('./job-list-read')
  // The worker starts loading its code as soon as its host is here, in parallel with the download.
  indexing.then(({ startJobIndex }) => startJobIndex()).catch(() => {})
  early = {
    startedAt: Date.now(),
    // A failed early read is dropped, not reported: the query reads again through the normal path, where a
    // 401 returns to sign-in (the handler for it is not installed this early).
    snapshot: Promise.all([indexing, answer])
      .then(([{ indexJobList }, { data }]) => indexJobList(undefined, data))
      .catch(() => null),
  }
}

/** The early read, once (the list query's first read takes it). */
export function takeEarlyRead(): EarlyRead | null {
  const pending = early
  early = null
  return pending
}
