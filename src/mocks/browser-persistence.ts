import { adoptDb, getDb, getDbConfig } from './model/db'
import type { SimulatorDb, TokenRecord } from './model/types'

/**
 * In the browser the simulator lives in the page, so a reload would forget everything — unlike a real
 * appliance. This keeps it across reloads of the tab:
 * - tokens go to sessionStorage synchronously after every answer, so "reload and still be signed in" never
 *   races the next request;
 * - the whole model goes to IndexedDB (structured clone keeps Maps and shared job objects) shortly after a
 *   call that changed something, and on pagehide. Only at the normal scale: the 100,000-job model is for
 *   benchmarks and reseeds quickly.
 */
const TOKENS_KEY = 'scv-sim-tokens'
const DB_NAME = 'scv-simulator'
const STORE = 'state'
const SNAPSHOT_KEY = 'db'
/** A snapshot older than this is stale: the seed is relative to "now", so start afresh. */
const MAX_AGE_MS = 12 * 3_600_000

interface Snapshot {
  savedAt: number
  seed: number
  scale: string
  db: SimulatorDb
}

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'))
  })
}

async function withStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openStore()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(database.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
    })
  } finally {
    database.close()
  }
}

function persistedTokens(): TokenRecord[] | null {
  try {
    const saved = sessionStorage.getItem(TOKENS_KEY)
    return saved === null ? null : (JSON.parse(saved) as TokenRecord[])
  } catch {
    return null
  }
}

/** Restores the model saved by an earlier page of this tab (if it matches the seed settings), then its tokens. */
export async function restorePersistedState(): Promise<void> {
  const config = getDbConfig()
  if (config.scale === 'normal') {
    try {
      const snapshot = (await withStore('readonly', (store) => store.get(SNAPSHOT_KEY))) as
        Snapshot | undefined
      const fresh = snapshot && Date.now() - snapshot.savedAt < MAX_AGE_MS
      if (fresh && snapshot.seed === config.seed && snapshot.scale === config.scale) adoptDb(snapshot.db)
    } catch (error) {
      console.warn('[simulator] could not restore the saved state; starting from the seed', error)
    }
  }
  // The tokens saved synchronously are always newer than the debounced model snapshot (an expiry, a login
  // just before the reload), so they replace the snapshot's.
  const saved = persistedTokens()
  if (saved) getDb().tokens = new Map(saved.map((record) => [record.token, record]))
}

/** Saves the tokens now (cheap, synchronous). */
export function persistTokens(): void {
  sessionStorage.setItem(TOKENS_KEY, JSON.stringify([...getDb().tokens.values()]))
}

let pending: ReturnType<typeof setTimeout> | undefined

async function persistModel(): Promise<void> {
  const config = getDbConfig()
  if (config.scale !== 'normal') return
  const snapshot: Snapshot = { savedAt: Date.now(), seed: config.seed, scale: config.scale, db: getDb() }
  try {
    await withStore('readwrite', (store) => store.put(snapshot, SNAPSHOT_KEY))
  } catch (error) {
    console.warn('[simulator] could not save its state', error)
  }
}

/** Saves the model soon (debounced, so a burst of calls writes once). */
export function schedulePersistModel(): void {
  clearTimeout(pending)
  pending = setTimeout(() => void persistModel(), 250)
}

/** Forgets everything saved (the simulator's reset). */
export async function clearPersistedState(): Promise<void> {
  clearTimeout(pending)
  sessionStorage.removeItem(TOKENS_KEY)
  try {
    await withStore('readwrite', (store) => store.delete(SNAPSHOT_KEY))
  } catch {
    // Nothing saved, or no IndexedDB: nothing to forget.
  }
}

/** Saves what is pending when the page goes away (best effort: the browser may not wait for IndexedDB). */
export function persistOnPageHide(): void {
  window.addEventListener('pagehide', () => {
    persistTokens()
    void persistModel()
  })
}
