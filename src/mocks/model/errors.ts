/**
 * A refusal the appliance would send: handlers turn it into the SCV error envelope
 * `{ statusCode, statusMessage, responseMessage }` with the same HTTP status.
 */
export class SimError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 500 | 503,
    message: string,
  ) {
    super(message)
    this.name = 'SimError'
  }
}

/** 400 with the appliance's kind of message. */
export const badRequest = (message: string): SimError => new SimError(400, message)

/** 404 for an id or moref the appliance does not know. */
export const notFound = (what: string, id: string | number): SimError =>
  new SimError(404, `${what} with id '${String(id)}' was not found.`)

/** Returns the value or throws the 404 the appliance answers for an unknown id. */
export function found<T>(value: T | undefined | null, what: string, id: string | number): T {
  if (value === undefined || value === null) throw notFound(what, id)
  return value
}

const STATUS_TEXT: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
}

/** The SCV error body for a status and message. */
export function errorBody(
  status: number,
  message: string,
): {
  statusCode: number
  statusMessage: string
  responseMessage: string
} {
  return { statusCode: status, statusMessage: STATUS_TEXT[status] ?? 'ERROR', responseMessage: message }
}
