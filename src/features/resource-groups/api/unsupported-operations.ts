import { useSyncExternalStore } from 'react'

/** The inferred operations an appliance may not offer; once it says so, the action is hidden for the session. */
export type InferredOperation = 'delete' | 'suspend' | 'resume'

const STORAGE_KEY = 'scv.resource-groups.unsupported'
const listeners = new Set<() => void>()

function read(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}

/** Remembers (for this browser tab's session) that the appliance answered not-supported for `operation`. */
export function markUnsupported(operation: InferredOperation): void {
  const known = new Set(read().split(',').filter(Boolean))
  known.add(operation)
  try {
    sessionStorage.setItem(STORAGE_KEY, [...known].join(','))
  } catch {
    // Without storage the action still hides until the page reloads.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** False once the appliance has said it does not offer `operation` in this session. */
export function useIsSupported(operation: InferredOperation): boolean {
  const snapshot = useSyncExternalStore(subscribe, read, read)
  return !snapshot.split(',').includes(operation)
}
