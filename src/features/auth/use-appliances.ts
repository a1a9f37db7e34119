import { useSyncExternalStore } from 'react'
import { getAppliancesSnapshot, subscribeToAppliances, type AppliancesSnapshot } from '../../api'

/**
 * The console server's appliances, the one the page shows and where this browser is signed in. Empty (no
 * appliances) when the console is not served by the console server.
 */
export function useAppliances(): AppliancesSnapshot {
  return useSyncExternalStore(subscribeToAppliances, getAppliancesSnapshot, getAppliancesSnapshot)
}
