/** One request the simulator received, as a test wants to assert it. */
export interface LoggedRequest {
  method: string
  /** Path without origin, e.g. `/api/4.1/jobs`. */
  path: string
  query: Record<string, string>
  /** Parsed JSON body, the raw text when it is not JSON, or null when there was none. */
  body: unknown
  /** Epoch milliseconds. */
  time: number
}

const log: LoggedRequest[] = []
/** Keeps a long browser session from growing without bound; tests never come near it. */
const MAX_ENTRIES = 5_000

/** Records a request before any scenario or handler sees it. */
export async function recordRequest(request: Request): Promise<LoggedRequest> {
  const url = new URL(request.url)
  let body: unknown = null
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const text = await request.clone().text()
    if (text !== '') {
      try {
        body = JSON.parse(text) as unknown
      } catch {
        body = text
      }
    }
  }
  const entry: LoggedRequest = {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body,
    time: Date.now(),
  }
  log.push(entry)
  if (log.length > MAX_ENTRIES) log.splice(0, log.length - MAX_ENTRIES)
  return entry
}

/** Every request received since the last clear, oldest first (a copy). */
export function getRequestLog(): LoggedRequest[] {
  return log.map((entry) => ({ ...entry }))
}

/** Forgets the recorded requests. */
export function clearRequestLog(): void {
  log.length = 0
}
