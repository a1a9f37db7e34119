import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router'

export type SortDirection = 'asc' | 'desc'

/** A report's list state as the URL holds it: search, sort, page and the report's own filters. */
export interface ReportParams {
  q: string
  sort: string | null
  dir: SortDirection
  page: number
  /** The report's own filters (`status`, `group`, `range`…), raw. */
  get: (key: string) => string | null
}

/** Every key a report writes; the page's own keys (`q`, `sort`, `dir`, `page`) plus its filters. */
export type ReportParamPatch = Partial<Record<string, string | null>>

/**
 * The list state of a report, kept in the URL so a link or a reload shows the same rows (and exports the same
 * file). Defaults are left out of the URL; every change but paging goes back to page 1, and replaces the
 * history entry — typing a search must not leave one entry per keystroke.
 */
export function useReportParams() {
  const [params, setParams] = useSearchParams()
  const state = useMemo<ReportParams>(() => {
    const page = Number(params.get('page'))
    return {
      q: params.get('q') ?? '',
      sort: params.get('sort'),
      dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
      page: Number.isInteger(page) && page > 0 ? page : 1,
      get: (key: string) => params.get(key),
    }
  }, [params])

  // Controls may call back through a handler from an earlier render (Mantine's combobox keeps one), so every
  // update starts from the URL as it is now, never from the handler's snapshot: two filters set one after the
  // other must both stay.
  const latest = useRef(params)
  useLayoutEffect(() => {
    latest.current = params
  }, [params])
  const update = useCallback(
    (patch: ReportParamPatch) => {
      const next = new URLSearchParams(latest.current)
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === undefined || value === '') next.delete(key)
        else next.set(key, value)
      }
      if (!('page' in patch)) next.delete('page')
      latest.current = next
      setParams(next, { replace: true })
    },
    [setParams],
  )
  return [state, update] as const
}

/** A comma-separated list parameter (`status=FAILED,WARNING`). */
export function listParam(value: string | null): string[] {
  return value ? value.split(',').filter((part) => part !== '') : []
}

/** A whole-number parameter, or null. */
export function idParam(value: string | null): number | null {
  const id = Number(value)
  return value !== null && value !== '' && Number.isInteger(id) ? id : null
}

/** One of the allowed values, or the fallback. */
export function oneOfParam<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback
}
