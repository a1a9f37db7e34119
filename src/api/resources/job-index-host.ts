import { itemsProblem, type AnswerProblem } from '../answer-check'
import type { Job } from '../types'
import { JobIndex, MalformedJobList, parseJobList, type JobQuery, type JobsSummary } from './job-index'
import { readJobStream } from './job-list-stream'

/** Messages from the page to the index (each carries an id its answer repeats). */
export type JobIndexRequest =
  | {
      id: number
      kind: 'load'
      version: number
      /** Whose list it is (the appliance's base URL, '' for the one appliance): a load replaces only its own. */
      scope: string
      /** The answer's bytes, whole or as they arrive. */
      body: ArrayBuffer | ReadableStream<Uint8Array>
      /** Answered with the load, so the page's first screen needs no second trip. */
      first?: { query: JobQuery; rows: number }
    }
  /**
   * Makes the request itself and loads the answer (as `load`): the bytes go from the network to the index
   * directly. `headId` is answered first, with the answer's status and headers (and its body when it failed).
   */
  | {
      id: number
      kind: 'fetch'
      headId: number
      version: number
      scope: string
      url: string
      headers: Array<[string, string]>
      first?: { query: JobQuery; rows: number }
    }
  | { id: number; kind: 'query'; version: number; query: JobQuery; firstRows: number }
  | { id: number; kind: 'rows'; version: number; positions: Int32Array }
  /** Every job, in the answer's order (pages that aggregate the whole list). */
  | { id: number; kind: 'all'; version: number }

/** Answers from the index. `stale`: the question was about a list a newer load of its scope has replaced. */
export type JobIndexAnswer =
  | {
      id: number
      kind: 'loaded'
      summary: JobsSummary
      /** When the summary was counted (epoch ms): the "now" of its counts. */
      at: number
      first?: { positions: Int32Array; rows: Job[] }
    }
  | { id: number; kind: 'queried'; positions: Int32Array; rows: Job[] }
  /** The status and headers of a `fetch`; the body only when the answer is not a job list (an error). */
  | {
      id: number
      kind: 'head'
      status: number
      statusText: string
      headers: Array<[string, string]>
      body: string | null
    }
  /** The request of a `fetch` failed before any answer (the network, or the request refused). */
  | { id: number; kind: 'network-error'; message: string }
  | { id: number; kind: 'rows'; rows: Job[] }
  | { id: number; kind: 'stale' }
  | { id: number; kind: 'error'; name: string; message: string; problem?: AnswerProblem }

/** The row positions a query selects and the jobs of the first `rows` of them. */
function answer(index: JobIndex, query: JobQuery, rows: number): { positions: Int32Array; rows: Job[] } {
  const positions = index.query(query)
  return { positions, rows: index.rows(positions.subarray(0, rows)) }
}

const JOB_LIST_AT = ['response', 'jobResponseList'] as const

/**
 * Adds a run of jobs to the index, checked against the contract first (as the resource query factory checks
 * every other answer): a job that lacks a required field fails the whole list, naming the field and the job.
 */
function appendChecked(index: JobIndex, jobs: readonly Job[]): void {
  const problem = itemsProblem('Job', jobs, JOB_LIST_AT, index.size)
  if (problem) throw new MalformedJobList(`a job lacks ${problem.field}`, problem)
  index.append(jobs)
}

/** Search text is built this many jobs at a time between messages (a few ms each). */
const SEARCH_SLICE = 5_000

/**
 * Holds the latest job list's index and answers the page's messages; the same code runs in the worker
 * (`job-index.worker.ts`) and, where there is no worker, in the page. `post` sends an answer back.
 */
export function createJobIndexHost(post: (answer: JobIndexAnswer) => void) {
  /** The newest list of each scope (one per appliance, so a switch back finds its list still indexed). */
  const lists = new Map<string, { version: number; index: JobIndex }>()
  /** Loads still reading their bytes: questions about them wait for them. */
  const loading = new Map<number, Promise<void>>()
  let warming: ReturnType<typeof setTimeout> | undefined

  const indexOf = (version: number): JobIndex | null => {
    for (const list of lists.values()) if (list.version === version) return list.index
    return null
  }

  // After the first rows are out, prepare the search text in slices so the first keystroke finds it ready.
  const warmSearch = (index: JobIndex) => {
    clearTimeout(warming)
    const step = () => {
      if (![...lists.values()].some((list) => list.index === index)) return
      if (!index.prepareSearch(SEARCH_SLICE)) warming = setTimeout(step, 0)
    }
    warming = setTimeout(step, 0)
  }

  const fail = (id: number, error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error))
    const problem = e instanceof MalformedJobList ? e.problem : undefined
    post({ id, kind: 'error', name: e.name, message: e.message, ...(problem ? { problem } : {}) })
  }

  const load = async (request: Extract<JobIndexRequest, { kind: 'load' }>) => {
    const index = new JobIndex()
    if (request.body instanceof ArrayBuffer) appendChecked(index, parseJobList(request.body))
    else await readJobStream(request.body, (jobs) => appendChecked(index, jobs))
    index.finish()
    // A slower, older load never replaces a newer one.
    const current = lists.get(request.scope)
    if (!current || current.version < request.version)
      lists.set(request.scope, { version: request.version, index })
    const at = Date.now()
    const first = request.first && answer(index, request.first.query, request.first.rows)
    post({ id: request.id, kind: 'loaded', summary: index.summary(at), at, ...(first ? { first } : {}) })
    warmSearch(index)
  }

  const fetchAndLoad = async (request: Extract<JobIndexRequest, { kind: 'fetch' }>) => {
    const { headId, url, headers, ...rest } = request
    let response: Response
    try {
      response = await fetch(url, { headers })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      post({ id: headId, kind: 'network-error', message })
      throw error
    }
    const head = {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    }
    if (!response.ok || !response.body) {
      // The page turns this into the client's error (ApiError, 401 handling); the load just ends.
      post({ id: headId, kind: 'head', ...head, body: await response.text() })
      throw new Error(`The job list was not read (HTTP ${response.status})`)
    }
    post({ id: headId, kind: 'head', ...head, body: null })
    await load({ ...rest, kind: 'load', body: response.body })
  }

  const answerQuestion = (request: Exclude<JobIndexRequest, { kind: 'load' | 'fetch' }>) => {
    const index = indexOf(request.version)
    if (!index) {
      post({ id: request.id, kind: 'stale' })
    } else if (request.kind === 'query') {
      post({ id: request.id, kind: 'queried', ...answer(index, request.query, request.firstRows) })
    } else {
      const rows = request.kind === 'all' ? index.jobs : index.rows(request.positions)
      post({ id: request.id, kind: 'rows', rows })
    }
  }

  return function handle(request: JobIndexRequest): void {
    if (request.kind === 'load' || request.kind === 'fetch') {
      const done = (request.kind === 'load' ? load(request) : fetchAndLoad(request))
        .catch((error: unknown) => fail(request.id, error))
        .finally(() => loading.delete(request.version))
      loading.set(request.version, done)
      return
    }
    const pending = loading.get(request.version)
    if (pending) {
      void pending.then(() => handle(request))
      return
    }
    try {
      answerQuestion(request)
    } catch (error) {
      fail(request.id, error)
    }
  }
}
