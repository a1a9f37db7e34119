import { useSyncExternalStore } from 'react'
import { getSessionInfo, subscribeToSession, type SessionInfo } from '../../api'

let cached: SessionInfo | null = null
let cachedKey = ''

/** Stable snapshot: useSyncExternalStore needs the same object while nothing changed. */
function snapshot(): SessionInfo | null {
  const info = getSessionInfo()
  const key = info ? `${info.appliance ?? ''}|${info.username}|${info.signedInAt}` : ''
  if (key !== cachedKey) {
    cachedKey = key
    cached = info
  }
  return cached
}

/** The signed-in user and when the token was issued, or null when signed out. */
export function useSession(): SessionInfo | null {
  return useSyncExternalStore(subscribeToSession, snapshot, snapshot)
}
