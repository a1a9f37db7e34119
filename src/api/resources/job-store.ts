import type { Job } from '../types'
import { malformedAnswer, type AnswerProblem } from '../answer-check'
import { ApiError } from '../errors'
import type { JobQuery, JobsSummary } from './job-index'
import { createJobIndexHost, type JobIndexAnswer, type JobIndexRequest } from './job-index-host'

/** One answer of `GET /4.1/jobs`, held by the job index; what the query cache keeps of it. */
export interface JobsSnapshot {
  /** Identifies this answer in the index; questions about an older one are answered "stale". */
  version: number
  summary: JobsSummary
  /** When the answer arrived (epoch ms): the "now" its counts and time ranges are taken from. */
  at: number
}

/** The answer to a query: every selected row position in order, and the jobs of the first ones. */
export interface JobsAnswer {
  positions: Int32Array
  rows: Job[]
}

/** Jobs sent with every answer: a screenful and its overscan, so a view paints without a second trip. */
export const FIRST_ROWS = 60

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never
type Question = Distribute<JobIndexRequest>

interface Transport {
  send(request: JobIndexRequest, transfer?: Transferable[]): void
}

/** The index in a Web Worker; null where workers are missing (jsdom) or refused. */
function workerTransport(
  onAnswer: (answer: JobIndexAnswer) => void,
  onFailure: () => void,
): Transport | null {
  if (typeof Worker !== 'function' || import.meta.env.MODE === 'test') return null
  try {
    const worker = new Worker(new URL('./job-index.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<JobIndexAnswer>) => onAnswer(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      onFailure()
    }
    return { send: (request, transfer = []) => worker.postMessage(request, transfer) }
  } catch {
    return null
  }
}

/** The index in this thread (tests, or a browser that refused the worker): the same code, answering async. */
function inlineTransport(onAnswer: (answer: JobIndexAnswer) => void): Transport {
  const handle = createJobIndexHost((answer) => queueMicrotask(() => onAnswer(answer)))
  return { send: (request) => handle(request) }
}

/**
 * The page's side of the job index: sends the raw job list to it (transferring the bytes, never parsing them
 * here) and asks it questions. Answers about a list a newer load replaced resolve to null.
 */
export class JobStore {
  private transport: Transport
  private readonly pending = new Map<
    number,
    { resolve: (a: JobIndexAnswer) => void; reject: (e: Error) => void }
  >()
  private nextId = 1
  private nextVersion = 1
  private first: { version: number; key: string; answer: JobsAnswer } | null = null

  constructor() {
    const onAnswer = (answer: JobIndexAnswer) => {
      const waiting = this.pending.get(answer.id)
      this.pending.delete(answer.id)
      waiting?.resolve(answer)
    }
    this.transport =
      workerTransport(onAnswer, () => {
        // The worker could not start or died: answer what waited with an error and carry on in this thread.
        this.transport = inlineTransport(onAnswer)
        for (const waiting of this.pending.values()) waiting.reject(new Error('The job index stopped'))
        this.pending.clear()
      }) ?? inlineTransport(onAnswer)
  }

  private ask(request: Question, transfer?: Transferable[]): Promise<JobIndexAnswer> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.transport.send({ ...request, id } as JobIndexRequest, transfer)
    }).then((answer) => {
      if ((answer as JobIndexAnswer).kind === 'error')
        throw errorOf(answer as Extract<JobIndexAnswer, { kind: 'error' }>)
      return answer as JobIndexAnswer
    })
  }

  /**
   * Indexes a raw answer of `GET /4.1/jobs` of one appliance (`scope`: its base URL, '' for the one
   * appliance; the index keeps the newest list of each): its bytes move to the index, as a stream where the browser can
   * hand one to a worker (the index then parses while they arrive), whole otherwise. Resolves with the
   * summary. `first` is answered with it and kept for {@link prepared}: the first screen needs no second trip.
   */
  async load(
    scope: string,
    body: ArrayBuffer | ReadableStream<Uint8Array>,
    first?: { query: JobQuery; rows: number },
  ): Promise<JobsSnapshot> {
    const version = this.nextVersion++
    const send = (bytes: ArrayBuffer | ReadableStream<Uint8Array>) =>
      this.ask({ kind: 'load', version, scope, body: bytes, ...(first ? { first } : {}) }, [bytes])
    let answer: JobIndexAnswer
    try {
      answer = await send(body)
    } catch (error) {
      // A browser that cannot transfer streams to a worker gets the bytes whole.
      if (!(body instanceof ReadableStream) || !isDataCloneError(error)) throw error
      answer = await send(await new Response(body).arrayBuffer())
    }
    return this.loaded(version, first, answer)
  }

  /**
   * Reads `GET /4.1/jobs` in the index (`request`: the client's request, its headers set): the index makes the
   * request, so the 38 MB go from the network to its thread without passing through this one, which is busy
   * booting the console during a cold load (a stream read here and handed over costs this thread a task per
   * chunk, and stalls the download whenever it is busy). `response` is the answer's status and headers, with
   * its body when it failed, for the client to judge as any other answer; `snapshot` follows when the index
   * has read the list.
   */
  fetchAndLoad(
    scope: string,
    request: Request,
    first?: { query: JobQuery; rows: number },
  ): { response: Promise<Response>; snapshot: Promise<JobsSnapshot> } {
    const version = this.nextVersion++
    const headId = this.nextId++
    const head = new Promise<JobIndexAnswer>((resolve, reject) => {
      this.pending.set(headId, { resolve, reject })
    })
    const snapshot = this.ask({
      kind: 'fetch',
      headId,
      version,
      scope,
      url: request.url,
      headers: [...request.headers],
      ...(first ? { first } : {}),
    }).then((answer) => this.loaded(version, first, answer))
    const response = head.then((answer) => {
      if (answer.kind === 'network-error') throw new TypeError(answer.message)
      if (answer.kind !== 'head') throw new Error(`Unexpected answer ${answer.kind} to fetch`)
      const { status, statusText, headers, body } = answer
      return new Response(body, { status, statusText, headers })
    })
    return { response, snapshot }
  }

  private loaded(
    version: number,
    first: { query: JobQuery; rows: number } | undefined,
    answer: JobIndexAnswer,
  ): JobsSnapshot {
    if (answer.kind !== 'loaded') throw new Error(`Unexpected answer ${answer.kind} to load`)
    this.first =
      first && answer.first ? { version, key: jobQueryKey(first.query), answer: answer.first } : this.first
    return { version, summary: answer.summary, at: answer.at }
  }

  /** The answer given with the load of `version`, when it was for this query. */
  prepared(version: number, query: JobQuery): JobsAnswer | null {
    const first = this.first
    return first && first.version === version && first.key === jobQueryKey(query) ? first.answer : null
  }

  /** The row positions a query selects and the jobs of the first `firstRows` of them; null when stale. */
  async query(version: number, query: JobQuery, firstRows: number): Promise<JobsAnswer | null> {
    const answer = await this.ask({ kind: 'query', version, query, firstRows })
    return answer.kind === 'queried' ? { positions: answer.positions, rows: answer.rows } : null
  }

  /**
   * Every job of the list of `version`, in the answer's order; null when stale. A copy crosses to the page
   * (structured clone, like parsing the answer): for pages that aggregate all jobs, not for the jobs page.
   */
  async all(version: number): Promise<Job[] | null> {
    const answer = await this.ask({ kind: 'all', version })
    return answer.kind === 'rows' ? answer.rows : null
  }

  /** The jobs at these row positions; null when stale. */
  async rows(version: number, positions: Int32Array): Promise<Job[] | null> {
    const answer = await this.ask({ kind: 'rows', version, positions })
    return answer.kind === 'rows' ? answer.rows : null
  }
}

function isDataCloneError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'DataCloneError'
}

/** A query as a string that is equal exactly when two queries select the same rows in the same order. */
export function jobQueryKey(query: JobQuery): string {
  const { types, statuses, causes, since, groupId = null, text, sort, dir } = query
  return JSON.stringify([types, statuses, causes, since, groupId, text, sort, dir])
}

function errorOf(answer: { name: string; message: string; problem?: AnswerProblem }): Error {
  if (answer.problem) return malformedAnswer('GET', '/4.1/jobs', answer.problem)
  if (answer.name === 'MalformedJobList') {
    return new ApiError({
      kind: 'malformed',
      status: 200,
      method: 'GET',
      path: '/4.1/jobs',
      cause: answer.message,
    })
  }
  return new Error(answer.message)
}

let shared: JobStore | null = null

/** The one job store of the page (its worker starts on first use). */
export function jobStore(): JobStore {
  shared ??= new JobStore()
  return shared
}
