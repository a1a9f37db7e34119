import { STATUS_CODES } from 'node:http'

/** Why the server itself refused or failed a call (as opposed to the appliance answering). */
export type BffReason =
  | 'signed-out'
  | 'expired'
  | 'unreachable'
  | 'timeout'
  | 'csrf'
  | 'unknown-appliance'
  | 'not-found'
  | 'refused'

/**
 * Errors in SCV's own envelope (`statusCode`, `statusMessage`, `responseMessage`), so the console's one error
 * path reads them like an appliance's, plus `scvConsole` naming the appliance and the reason.
 */
export function bffError(
  status: number,
  message: string,
  detail: { reason: BffReason; appliance?: string },
): Record<string, unknown> {
  return {
    statusCode: status,
    statusMessage: STATUS_CODES[status] ?? 'Error',
    responseMessage: message,
    response: null,
    scvConsole: detail,
  }
}
