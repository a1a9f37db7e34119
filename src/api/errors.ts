import type { AnswerProblem } from './answer-check'

/** What went wrong, in the terms a page needs to choose its message and its next step. */
export type ApiErrorKind =
  'unauthorized' | 'forbidden' | 'not-supported' | 'validation' | 'server' | 'network' | 'malformed'

/** The one error type every call to the appliance rejects with. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number
  /** The appliance's own words (`responseMessage` / `statusMessage`), when it gave any. */
  readonly scvMessage: string | undefined
  readonly method: string
  readonly path: string
  /** The appliance the console server says this is about (served by the console server only). */
  readonly appliance: string | undefined
  /** For a `malformed` answer that lacks a required field: which, and where. */
  readonly problem: AnswerProblem | undefined

  constructor(init: {
    kind: ApiErrorKind
    status: number
    scvMessage?: string
    method: string
    path: string
    appliance?: string
    problem?: AnswerProblem
    /** Instead of the appliance's words or the generic one. */
    message?: string
    cause?: unknown
  }) {
    super(
      init.message ??
        init.scvMessage ??
        `${init.method} ${init.path} failed (${init.kind}${init.status ? ` ${init.status}` : ''})`,
      {
        cause: init.cause,
      },
    )
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.scvMessage = init.scvMessage
    this.method = init.method
    this.path = init.path
    this.appliance = init.appliance
    this.problem = init.problem
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * 405/501 mean the appliance does not offer the operation through REST (several operations in the contract
 * are inferred). A 404 is ambiguous: with SCV's own envelope in the body the operation exists and the object
 * (a backup id, a policy) was not found — a validation problem; without it (the web server's bare 404) the
 * path itself is unknown, so the operation is not offered.
 */
export function kindForStatus(status: number, body?: unknown): ApiErrorKind {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 405 || status === 501) return 'not-supported'
  if (status === 404) return isScvEnvelope(body) ? 'validation' : 'not-supported'
  if (status >= 400 && status < 500) return 'validation'
  return 'server'
}

/** SCV answers with `{statusCode, statusMessage, responseMessage, response}`; a bare web-server error does not. */
function isScvEnvelope(body: unknown): boolean {
  return (
    !!body &&
    typeof body === 'object' &&
    ('responseMessage' in body || ('statusCode' in body && 'statusMessage' in body))
  )
}

/** SCV replies `responseMessage` as a string or as an array of strings; falls back to `statusMessage`. */
export function scvMessageFrom(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const record = body as Record<string, unknown>
  const message = record.responseMessage
  if (typeof message === 'string' && message.trim()) return message
  if (Array.isArray(message)) {
    const parts = message.filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    if (parts.length) return parts.join(' ')
  }
  if (typeof record.statusMessage === 'string' && record.statusMessage.trim()) return record.statusMessage
  if (typeof record.message === 'string' && record.message.trim()) return record.message
  return undefined
}
