import { oneOfParam, optionalParam, textParam, type ParamFields } from '../../../lib/url/list-params'
import type { MountFilters } from './mount-rows'

/** Leftover thresholds offered, in days. */
export const THRESHOLD_DAYS = ['1', '7', '30'] as const

/** The page's filters in the URL: `?q=&host=&leftovers=1&days=7`. */
export const mountFilterFields: ParamFields<{
  q: string
  host: string | null
  leftovers: 'all' | '1'
  days: (typeof THRESHOLD_DAYS)[number]
}> = {
  q: textParam('q'),
  host: optionalParam('host'),
  leftovers: oneOfParam('leftovers', ['all', '1'] as const, 'all'),
  days: oneOfParam('days', THRESHOLD_DAYS, '7'),
}

export function toMountFilters(values: {
  q: string
  host: string | null
  leftovers: 'all' | '1'
  days: string
}): MountFilters {
  return { q: values.q, host: values.host, leftovers: values.leftovers === '1', days: Number(values.days) }
}
