import {
  forgetSignIn,
  getCurrentAppliance,
  getSignIns,
  isServedByConsoleServer,
  signOutOfAll,
  subscribeToAppliances,
} from './console-server'

/**
 * Without the console server (dev server, preview, the embedded simulator) the SCV token lives in this tab's
 * sessionStorage and in memory only: never localStorage (other tabs and later visitors would inherit it),
 * never a URL, never a log line. Under the console server the page holds no token at all: the session is the
 * current appliance's sign-in as the server reports it (`console-server.ts`).
 */
const TOKEN_KEY = 'scv.token'
const SESSION_KEY = 'scv.session'

export interface SessionInfo {
  /** The appliance this session is for (under the console server; absent with a single appliance). */
  appliance?: string
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
  if (isServedByConsoleServer()) return null
  if (memoryToken === null) memoryToken = storage()?.getItem(TOKEN_KEY) ?? null
  return memoryToken
}

export function getSessionInfo(): SessionInfo | null {
  if (isServedByConsoleServer()) {
    const appliance = getCurrentAppliance()
    const signIn = appliance ? getSignIns()[appliance.id] : undefined
    return signIn && appliance
      ? { appliance: appliance.id, username: signIn.username, signedInAt: signIn.signedInAt }
      : null
  }
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

/** Signs out: of every appliance under the console server (it drops their tokens), else forgets the token. */
export function endSession(): void {
  if (isServedByConsoleServer()) {
    void signOutOfAll()
    return
  }
  const token = getToken()
  memoryToken = null
  storage()?.removeItem(TOKEN_KEY)
  storage()?.removeItem(SESSION_KEY)
  if (token) globalThis.dispatchEvent?.(new CustomEvent(SESSION_ENDED_EVENT, { detail: { token } }))
  notify()
}

/**
 * One appliance's session ended (its 401 under the console server): only that appliance asks for sign-in
 * again. Without the console server there is one appliance, so this is the whole session.
 */
export function endApplianceSession(appliance: string | undefined): void {
  if (isServedByConsoleServer() && appliance) forgetSignIn(appliance)
  else if (!isServedByConsoleServer()) endSession()
}

/** For useSyncExternalStore: the shell re-renders when the session starts or ends, or the appliance changes. */
export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener)
  const unsubscribe = subscribeToAppliances(listener)
  return () => {
    listeners.delete(listener)
    unsubscribe()
  }
}

function notify(): void {
  for (const listener of listeners) listener()
}
