import { ApiError } from './errors'

/**
 * Normalises whatever a query or mutation rejected with. openapi-fetch parses JSON after the middleware, so
 * a malformed body surfaces as a SyntaxError here rather than in the middleware (parsing twice would cost
 * too much on a 100,000-job list).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  // Network failures already arrive as ApiError (middleware onError). A SyntaxError is an unparsable body;
  // a TypeError here comes from reading a body that lacks fields the console needs.
  if (error instanceof SyntaxError || error instanceof TypeError) {
    return new ApiError({ kind: 'malformed', status: 200, method: '', path: '', cause: error })
  }
  return new ApiError({ kind: 'server', status: 0, method: '', path: '', cause: error })
}
