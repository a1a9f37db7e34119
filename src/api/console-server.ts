/**
 * The console served by its production server (`npm run serve`, `server/`): the appliances come from the
 * server's registry, sign-in goes to the server, which keeps every SCV token to itself (the page holds none,
 * only an HttpOnly cookie it cannot read) and proxies `/api/scv/<appliance>/...` with the token added.
 * Each appliance has its own sign-in; the page remembers which one it shows.
 */

/** Sent on every call to the server; it refuses calls without it (CSRF defence, see server/security.ts). */
export const CONSOLE_HEADER = 'X-SCV-Console'

/** An appliance of the server's registry, as the page may know it. */
export interface Appliance {
  id: string
  label: string
  host: string
}

/** Who is signed in to an appliance, and since when (no token: the server keeps it). */
export interface ApplianceSignIn {
  username: string
  signedInAt: number
}

/** One appliance's answer to a sign-in. */
export type SignInResult =
  | { appliance: string; ok: true }
  | {
      appliance: string
      ok: false
      reason: 'rejected' | 'failed' | 'unreachable'
      status: number
      message: string
    }

interface SessionView {
  appliances: Record<string, ApplianceSignIn>
}

/** True when the production server delivered this page (it marks index.html); false in dev, preview, tests. */
export function isServedByConsoleServer(): boolean {
  if (typeof document === 'undefined') return false
  return document.querySelector('meta[name="scv-console"]')?.getAttribute('content') === 'server'
}

const CURRENT_KEY = 'scv.appliance'
let appliances: Appliance[] = []
let signIns: Record<string, ApplianceSignIn> = {}
let current: string | null = null
const listeners = new Set<() => void>()

/** Everything the page shows about its appliances, as one immutable value (a new one after each change). */
export interface AppliancesSnapshot {
  appliances: readonly Appliance[]
  current: Appliance | null
  signIns: Readonly<Record<string, ApplianceSignIn>>
}

let snapshot: AppliancesSnapshot = { appliances, current: null, signIns }

function notify(): void {
  snapshot = { appliances, current: appliances.find((a) => a.id === current) ?? null, signIns }
  for (const listener of listeners) listener()
}

/** For useSyncExternalStore (stable between changes). */
export function getAppliancesSnapshot(): AppliancesSnapshot {
  return snapshot
}

/** For useSyncExternalStore: the header and the session hooks re-render when appliances or sign-ins change. */
export function subscribeToAppliances(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
  const response = await globalThis.fetch(`${globalThis.location.origin}${path}`, {
    method,
    headers: {
      [CONSOLE_HEADER]: '1',
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  })
  const data = (await response.json()) as T
  return { status: response.status, data }
}

function adopt(view: SessionView): void {
  signIns = view.appliances
  notify()
}

/** Loads the registry and this browser's sign-ins; the console starts only after this. */
export async function loadConsoleServer(): Promise<void> {
  const [registry, session] = await Promise.all([
    call<{ appliances: Appliance[] }>('GET', '/bff/appliances'),
    call<SessionView>('GET', '/bff/session'),
  ])
  if (registry.status !== 200 || !Array.isArray(registry.data.appliances))
    throw new Error(`The console server did not list its appliances (HTTP ${registry.status})`)
  appliances = registry.data.appliances
  const remembered = globalThis.sessionStorage?.getItem(CURRENT_KEY)
  current = appliances.some((a) => a.id === remembered) ? remembered : (appliances[0]?.id ?? null)
  adopt(session.status === 200 ? session.data : { appliances: {} })
}

/** The appliance the page shows (its data, its sign-in). */
export function getCurrentAppliance(): Appliance | null {
  return snapshot.current
}

export function selectAppliance(id: string): void {
  if (id === current || !appliances.some((a) => a.id === id)) return
  current = id
  globalThis.sessionStorage?.setItem(CURRENT_KEY, id)
  notify()
}

export function getSignIns(): Readonly<Record<string, ApplianceSignIn>> {
  return signIns
}

/** Where the proxy serves one appliance's API (the base URL of its calls). */
export function applianceBaseUrl(id: string): string {
  return `${globalThis.location.origin}/api/scv/${encodeURIComponent(id)}`
}

/**
 * Signs in to the chosen appliances with one set of vCenter credentials. The server calls each appliance's
 * login and answers per appliance; the password is not kept anywhere in the page.
 */
export async function signInToAppliances(
  username: string,
  password: string,
  ids: string[],
): Promise<SignInResult[]> {
  const { status, data } = await call<SessionView & { results?: SignInResult[]; responseMessage?: string }>(
    'POST',
    '/bff/session',
    { username, password, appliances: ids },
  )
  if (!Array.isArray(data.results))
    throw new Error(data.responseMessage ?? `The console server refused the sign-in (HTTP ${status})`)
  adopt({ appliances: data.appliances ?? {} })
  return data.results
}

/** Signs out of every appliance (the server drops their tokens). */
export async function signOutOfAll(): Promise<void> {
  signIns = {}
  notify()
  await call('DELETE', '/bff/session')
}

/**
 * The server ended this appliance's sign-in (its 401: the token expired) or never had one: forget it here too,
 * so the page asks to sign in to that appliance again while the others carry on.
 */
export function forgetSignIn(id: string): void {
  if (!(id in signIns)) return
  const { [id]: _dropped, ...rest } = signIns
  signIns = rest
  notify()
}

/** Test helper: back to nothing loaded. */
export function resetConsoleServerState(): void {
  appliances = []
  signIns = {}
  current = null
  globalThis.sessionStorage?.removeItem(CURRENT_KEY)
  notify()
}
