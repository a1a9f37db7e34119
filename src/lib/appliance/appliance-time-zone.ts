import { useCallback, useSyncExternalStore } from 'react'
import { parseZone, UTC_ZONE, type TimeZone } from '../time/zone'

/**
 * The appliance's time zone, which SCV schedules run in. SCV has no call that reports it and its API writes
 * times in UTC, so the administrator names it once (as set in the appliance's management UI, Date and Time)
 * and the console remembers it in this browser. Until then: the offset the appliance wrote in its own times,
 * when it did, else UTC.
 */
const STORAGE_KEY = 'scv.applianceTimeZone'
const listeners = new Set<() => void>()

function readChosen(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** Remembers the zone the administrator named (null forgets it). */
function setApplianceTimeZone(zone: string | null): void {
  if (zone === null) globalThis.localStorage?.removeItem(STORAGE_KEY)
  else globalThis.localStorage?.setItem(STORAGE_KEY, zone)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export interface ApplianceTimeZone {
  zone: TimeZone
  /** `chosen` by the administrator, `detected` from an offset the appliance wrote, or the `default` (UTC). */
  source: 'chosen' | 'detected' | 'default'
  setZone: (zone: string | null) => void
}

/** The appliance's zone; `detectedOffset` is an offset (minutes) read from the appliance's own times, if any. */
export function useApplianceTimeZone(detectedOffset: number | null = null): ApplianceTimeZone {
  const chosen = useSyncExternalStore(subscribe, readChosen, () => null)
  const setZone = useCallback((zone: string | null) => setApplianceTimeZone(zone), [])
  const parsed = chosen === null ? null : parseZone(chosen)
  if (parsed) return { zone: parsed, source: 'chosen', setZone }
  if (detectedOffset !== null && detectedOffset !== 0)
    return { zone: { kind: 'offset', minutes: detectedOffset }, source: 'detected', setZone }
  return { zone: UTC_ZONE, source: 'default', setZone }
}
