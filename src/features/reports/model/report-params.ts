import { useCallback } from 'react'
import {
  directionParam,
  optionalParam,
  pageParam,
  textParam,
  useListParams,
  type ParamFields,
  type SortDirection,
} from '../../../lib/url/list-params'

/** Search, sort and page: the same in every report (each report has its own default sort). */
export interface ViewParams {
  search: string
  /** The column sorted on; null: the report's default. */
  sort: string | null
  dir: SortDirection
  page: number
}

export const viewFields: ParamFields<ViewParams> = {
  search: textParam('q'),
  sort: optionalParam('sort'),
  dir: directionParam('dir', 'asc'),
  page: pageParam(),
}

/** A report's own filters plus the page, which every filter change sends back to 1. */
export type FilterFields<V> = ParamFields<V & { page: number }>

/** Declares a report's filters (call it once, at module level: the fields must keep their identity). */
export function filterFields<V>(fields: ParamFields<V>): FilterFields<V> {
  return { ...fields, page: pageParam() } as FilterFields<V>
}

/**
 * A report's filters as the URL holds them (so a link or a reload shows, and exports, the same rows) and a
 * function that changes some of them and goes back to the first page.
 */
export function useReportFilters<V>(fields: FilterFields<V>) {
  const [values, update] = useListParams(fields)
  const setFilters = useCallback(
    (patch: Partial<V>) => update({ ...patch, page: 1 } as Partial<V & { page: number }>),
    [update],
  )
  return [values, setFilters] as const
}
