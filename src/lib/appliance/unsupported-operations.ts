import { useSyncExternalStore } from 'react'

/**
 * Operations the connected appliance answered "not offered" (ApiError kind `not-supported`) for. Several
 * operations in the contract are inferred, so a real appliance may lack them; once it says so, the console
 * hides the action for the rest of the session instead of offering it again. Kept in sessionStorage so a
 * reload keeps the knowledge and a new browser session asks the appliance again.
 */
const STORAGE_KEY = 'scv.unsupportedOperations'
const listeners = new Set<() => void>()

function read(): string[] {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : []
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}

/** Records that the appliance does not offer `operation` (e.g. the contract's operationId `deleteStorageSystem`). */
export function markOperationUnsupported(operation: string): void {
  const current = read()
  if (current.includes(operation)) return
  globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify([...current, operation]))
  for (const listener of listeners) listener()
}

/** True once the appliance has said, in this session, that it does not offer `operation`. */
export function isOperationUnsupported(operation: string): boolean {
  return read().includes(operation)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Re-renders when an operation is marked unsupported; true when `operation` is. */
export function useOperationUnsupported(operation: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isOperationUnsupported(operation),
    () => false,
  )
}
