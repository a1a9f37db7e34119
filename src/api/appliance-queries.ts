import type { QueryFilters, QueryKey } from '@tanstack/react-query'

/** What every resource query key ends with under the console server: the appliance its answer came from. */
export interface ApplianceKeyPart {
  appliance: string
}

function isApplianceKeyPart(value: unknown): value is ApplianceKeyPart {
  return !!value && typeof value === 'object' && typeof (value as ApplianceKeyPart).appliance === 'string'
}

/** The appliance a cached answer belongs to, or undefined for a key without one. */
export function applianceOfKey(key: QueryKey): string | undefined {
  const last = key[key.length - 1]
  return isApplianceKeyPart(last) ? last.appliance : undefined
}

/** Every cached answer from one appliance: what its session's end drops, and nothing of the others. */
export function applianceQueries(appliance: string): QueryFilters {
  return { predicate: (query) => applianceOfKey(query.queryKey) === appliance }
}
