/**
 * The SCV token lives in this tab's sessionStorage and in memory only: never localStorage (other tabs and
 * later visitors would inherit it), never a URL, never a log line.
 */
const TOKEN_KEY = 'scv.token'
const SESSION_KEY = 'scv.session'

export interface SessionInfo {
  username: string
  /** Epoch milliseconds when the appliance issued the token. */
  signedInAt: number
}

let memoryToken: string | null = null
const listeners = new Set<() => void>()

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined
  }
}

export function getToken(): string | null {
  if (memoryToken === null) memoryToken = storage()?.getItem(TOKEN_KEY) ?? null
  return memoryToken
}

export function getSessionInfo(): SessionInfo | null {
  const raw = storage()?.getItem(SESSION_KEY)
  if (!raw || !getToken()) return null
  try {
    const parsed = JSON.parse(raw) as Partial<SessionInfo>
    if (typeof parsed.username === 'string' && typeof parsed.signedInAt === 'number') {
      return { username: parsed.username, signedInAt: parsed.signedInAt }
    }
  } catch {
    // A damaged entry is the same as no session.
  }
  return null
}

export function startSession(token: string, info: SessionInfo): void {
  memoryToken = token
  storage()?.setItem(TOKEN_KEY, token)
  storage()?.setItem(SESSION_KEY, JSON.stringify(info))
  notify()
}

/**
 * Fired on `globalThis` when a session ends, with the token that ended. SCV 4.1 has no sign-out call, so
 * nothing is sent to the appliance; whatever else in this tab kept the token (the embedded simulator's own
 * store) listens and forgets it too.
 */
export const SESSION_ENDED_EVENT = 'scv:session-ended'

export function endSession(): void {
  const token = getToken()
  memoryToken = null
  storage()?.removeItem(TOKEN_KEY)
  storage()?.removeItem(SESSION_KEY)
  if (token) globalThis.dispatchEvent?.(new CustomEvent(SESSION_ENDED_EVENT, { detail: { token } }))
  notify()
}

/** For useSyncExternalStore: the shell re-renders when the session starts or ends. */
export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function notify(): void {
  for (const listener of listeners) listener()
}
