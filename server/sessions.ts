import { randomBytes } from 'node:crypto'

/** One appliance's sign-in inside a browser session. The token is only ever read by the proxy. */
export interface ApplianceSignIn {
  token: string
  username: string
  signedInAt: number
}

export interface Session {
  /** Opaque, 256 random bits: the only thing the browser holds (in an HttpOnly cookie). */
  id: string
  createdAt: number
  lastUsedAt: number
  appliances: Map<string, ApplianceSignIn>
}

/** What the page may know about its session: who is signed in where, never a token. */
export interface SessionView {
  appliances: Record<string, { username: string; signedInAt: number }>
}

export interface SessionStoreOptions {
  /** A session nobody used for this long is dropped (SCV tokens live 120 minutes, so a bit more). */
  idleMs?: number
  /** A session is dropped this long after it began, used or not. */
  maxAgeMs?: number
  /** Upper bound on sessions held; the least recently used goes first. */
  maxSessions?: number
  now?: () => number
}

/**
 * Browser sessions in server memory. Nothing is written to disk: a restart signs everyone out, which is the
 * price of never storing a token (or a password) anywhere.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()
  private readonly idleMs: number
  private readonly maxAgeMs: number
  private readonly maxSessions: number
  private readonly now: () => number

  constructor(options: SessionStoreOptions = {}) {
    this.idleMs = options.idleMs ?? 130 * 60_000
    this.maxAgeMs = options.maxAgeMs ?? 12 * 60 * 60_000
    this.maxSessions = options.maxSessions ?? 10_000
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.sessions.size
  }

  /** The live session for a cookie value, or undefined (unknown, idle too long, too old). Touches it. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined
    const session = this.sessions.get(id)
    if (!session) return undefined
    const at = this.now()
    if (this.expired(session, at)) {
      this.sessions.delete(id)
      return undefined
    }
    session.lastUsedAt = at
    // Map order doubles as the LRU order.
    this.sessions.delete(id)
    this.sessions.set(id, session)
    return session
  }

  create(): Session {
    const at = this.now()
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      createdAt: at,
      lastUsedAt: at,
      appliances: new Map(),
    }
    this.sessions.set(session.id, session)
    while (this.sessions.size > this.maxSessions) {
      const oldest = this.sessions.keys().next().value
      if (oldest === undefined) break
      this.sessions.delete(oldest)
    }
    return session
  }

  /** Ends one appliance's sign-in (its 401, or the user signing out of it); an empty session goes too. */
  dropAppliance(session: Session, applianceId: string): void {
    session.appliances.delete(applianceId)
    if (session.appliances.size === 0) this.sessions.delete(session.id)
  }

  destroy(id: string): void {
    this.sessions.delete(id)
  }

  /** Drops idle and old sessions; the server calls this every minute. */
  sweep(): void {
    const at = this.now()
    for (const [id, session] of this.sessions) if (this.expired(session, at)) this.sessions.delete(id)
  }

  clear(): void {
    this.sessions.clear()
  }

  private expired(session: Session, at: number): boolean {
    return at - session.lastUsedAt > this.idleMs || at - session.createdAt > this.maxAgeMs
  }
}

export function viewOf(session: Session | undefined): SessionView {
  const appliances: SessionView['appliances'] = {}
  for (const [id, signIn] of session?.appliances ?? [])
    appliances[id] = { username: signIn.username, signedInAt: signIn.signedInAt }
  return { appliances }
}
