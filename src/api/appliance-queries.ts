import type { QueryFilters, QueryKey } from '@tanstack/react-query'
import { applianceBaseUrl, getCurrentAppliance, isServedByConsoleServer } from './console-server'

const APPLIANCE_PATH = /\/api\/scv\/([^/]+)$/

/**
 * A read's request options with the appliance on screen as their base URL (under the console server only;
 * elsewhere there is one appliance and the options stay as they are).
 */
export function scopedToAppliance<T>(init: T): T {
  if (!isServedByConsoleServer()) return init
  const appliance = getCurrentAppliance()
  if (!appliance) return init
  return { ...(init ?? {}), baseUrl: applianceBaseUrl(appliance.id) } as T
}

/** The appliance a cached answer belongs to (the base URL in its key's request options), if any. */
function applianceOfKey(key: QueryKey): string | undefined {
  const init = key[2] as { baseUrl?: unknown } | undefined
  if (typeof init?.baseUrl !== 'string') return undefined
  const match = APPLIANCE_PATH.exec(init.baseUrl)
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1])
}

/** Every cached answer from one appliance: what its session's end drops, and nothing of the others. */
export function applianceQueries(appliance: string): QueryFilters {
  return { predicate: (query) => applianceOfKey(query.queryKey) === appliance }
}

/**
 * Cached answers under a key prefix, of the appliance on screen only (for pages that read the cache across
 * queries): `queryClient.getQueriesData(onScreenAppliance(jobKeys.list))`.
 */
export function onScreenAppliance(queryKey: QueryKey): QueryFilters {
  if (!isServedByConsoleServer()) return { queryKey }
  const current = getCurrentAppliance()?.id
  return { queryKey, predicate: (query) => applianceOfKey(query.queryKey) === current }
}
