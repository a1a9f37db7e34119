import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import { handlers } from './handlers'
import { errorBody } from './model/errors'

export interface HttpSimulatorOptions {
  /** 0 picks a free port (tests). */
  port?: number
  host?: string
  /** Writes one line per request: method path status ms. */
  log?: (line: string) => void
}

export interface HttpSimulator {
  server: Server
  url: string
  close(): Promise<void>
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
    else if (value !== undefined) headers.set(key, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  })
}

/** Epoch ms with the fraction a page's Resource Timing has (`performance.timeOrigin + performance.now()`). */
function epochMs(): number {
  return performance.timeOrigin + performance.now()
}

/**
 * Where the simulator's time went for one request, as a `Server-Timing` header (the page reads it from the
 * request's Resource Timing entry, `serverTiming`): when the request arrived (epoch ms, to compare with the
 * page's clock — the gap is the proxy and the wait for Node's event loop), how long until the handler's answer
 * existed, and until its first byte was ready to write.
 */
function serverTiming(received: number, receivedAt: number, produced: number, firstByte: number): string {
  const dur = (value: number) => value.toFixed(1)
  return [
    `sim-received;desc="${receivedAt.toFixed(1)}"`,
    `sim-answer;dur=${dur(produced - received)}`,
    `sim-first-byte;dur=${dur(firstByte - received)}`,
  ].join(', ')
}

/** What a request cost the simulator, for its log line. */
interface Answered {
  status: number
  firstByteMs?: number
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  received: { at: number; epoch: number },
): Promise<Answered> {
  const request = await toRequest(req, origin)
  const response = await getResponse(handlers, request, { baseUrl: origin })
  const produced = performance.now()
  if (!response) {
    const body = JSON.stringify(errorBody(404, `No such endpoint: ${req.method ?? ''} ${req.url ?? ''}`))
    res.writeHead(404, { 'Content-Type': 'application/json' }).end(body)
    return { status: 404 }
  }
  // HttpResponse.error(): a network failure, which over HTTP means a dropped connection.
  if (response.type === 'error') {
    res.destroy()
    return { status: 0 }
  }
  const headers: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    headers[key] = value
  })
  // A body the handler streams (the job list) is written as it is produced: its first bytes leave before
  // the rest exists, as a real appliance's serializer writes them. Any other body is one chunk.
  const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader()
  let chunk: ReadableStreamReadResult<Uint8Array> = reader
    ? await reader.read()
    : { done: true, value: undefined }
  const firstByte = performance.now()
  headers['server-timing'] = serverTiming(received.at, received.epoch, produced, firstByte)
  res.writeHead(response.status, headers)
  while (!chunk.done) {
    if (!res.write(chunk.value)) await new Promise((resolve) => res.once('drain', resolve))
    chunk = await (reader as ReadableStreamDefaultReader<Uint8Array>).read()
  }
  res.end()
  return { status: response.status, firstByteMs: firstByte - received.at }
}

/** Serves the simulator over real HTTP with `node:http` and MSW's `getResponse` (no service worker, no express). */
export async function startHttpSimulator(options: HttpSimulatorOptions = {}): Promise<HttpSimulator> {
  const host = options.host ?? '127.0.0.1'
  let origin = ''
  const server = createServer((req, res) => {
    const started = performance.now()
    const arrived = epochMs()
    answer(req, res, origin, { at: started, epoch: arrived })
      .then(({ status, firstByteMs }) => {
        // When it arrived (epoch ms): places a request the page has no Resource Timing entry of (a worker's).
        const firstByte =
          firstByteMs === undefined
            ? ''
            : ` (first byte ${Math.round(firstByteMs)}ms, arrived at ${arrived.toFixed(1)})`
        options.log?.(
          `${req.method ?? ''} ${req.url ?? ''} ${status || 'dropped'} ${Math.round(performance.now() - started)}ms${firstByte}`,
        )
      })
      .catch((error: unknown) => {
        const text = error instanceof Error ? error.message : String(error)
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify(errorBody(500, `Simulator error: ${text}`)))
        options.log?.(`${req.method ?? ''} ${req.url ?? ''} 500 ${text}`)
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8144, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://${host}:${port}`
  return {
    server,
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

// Re-exported so scripts/simulator.mjs loads one module graph (one model) through a single runnerImport.
export { resetSimulator, getSimulatorDb, SIMULATOR_USERS, SIMULATOR_PASSWORD } from './index'
