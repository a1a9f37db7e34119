import { now } from './clock'
import { SimError } from './errors'
import { simSettings } from './settings'
import type { SimulatorDb, TokenRecord } from './types'

/** vCenter accounts the simulator accepts; both spellings SCV users type. */
export const SIMULATOR_USERS = ['administrator@vsphere.local', 'DEMO\\administrator'] as const
export const SIMULATOR_PASSWORD = 'simulator'

function newToken(): string {
  const c = globalThis.crypto
  return typeof c?.randomUUID === 'function'
    ? c.randomUUID()
    : `${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`
}

/** Logs a vCenter user in and issues a token, or refuses with SCV's 401. */
export function login(db: SimulatorDb, username: unknown, password: unknown): TokenRecord {
  const known = SIMULATOR_USERS.some(
    (u) => typeof username === 'string' && u.toLowerCase() === username.toLowerCase(),
  )
  if (!known || password !== SIMULATOR_PASSWORD) {
    throw new SimError(401, 'Authentication failed: invalid vCenter user name or password.')
  }
  const issuedAt = now()
  const record: TokenRecord = {
    token: newToken(),
    username: String(username),
    expiresAt: issuedAt + simSettings.tokenLifetimeMs,
    issuedAt,
  }
  db.tokens.set(record.token, record)
  return record
}

/** Checks the `Token` header; throws the 401 SCV sends for a missing, unknown or expired token. */
export function requireSession(db: SimulatorDb, token: string | null): TokenRecord {
  if (!token)
    throw new SimError(401, 'Token is missing. Log in with /4.1/auth/login and send the Token header.')
  const record = db.tokens.get(token)
  const at = now()
  if (!record) throw new SimError(401, 'Token is invalid. Log in again.')
  if (record.expiresAt <= at) {
    db.tokens.delete(token)
    throw new SimError(401, 'Token has expired. Log in again.')
  }
  return record
}

/** Expires every token issued so far, as if the vCenter session timed out for everyone. */
/**
 * Drops one token. A real SCV 4.1 keeps a token valid until it expires (there is no logout call); the browser
 * simulator forgets it when the console signs out because its memory is this tab's sessionStorage, which the
 * console promises to leave without the token.
 */
export function forgetToken(db: SimulatorDb, token: string): void {
  db.tokens.delete(token)
}

export function expireAllTokens(db: SimulatorDb): void {
  for (const record of db.tokens.values()) record.expiresAt = 0
}

/** The vCenter user a request's token belongs to (for the audit trail), or null. */
export function userOfToken(db: SimulatorDb, token: string | null): string | null {
  return (token && db.tokens.get(token)?.username) || null
}
