import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { DEFAULT_FILTERS, jobFiltersToParams, parseJobFilters, type JobFilters } from '../model/job-filters'

/** How long the search box waits before writing the text to the URL (typing stays instant). */
const QUERY_DEBOUNCE_MS = 300

/**
 * The list's filters and sort, kept in the URL. The search text has its own state that leads the URL by a
 * short debounce, so a keystroke never waits on a router navigation.
 */
export function useJobFilters() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseJobFilters(params), [params])
  const [query, setQueryState] = useState(filters.query)
  const lastWritten = useRef(filters.query)

  // The URL changed from outside (back/forward, a shared link, "clear filters"): follow it.
  useEffect(() => {
    if (filters.query !== lastWritten.current) {
      lastWritten.current = filters.query
      setQueryState(filters.query)
    }
  }, [filters.query])

  // Built from this render's filters plus the search box's own text, not from the router's copy of the URL:
  // the router renders in a transition, so right after the debounced write its copy can still lag behind.
  const update = useCallback(
    (patch: Partial<JobFilters>, options: { replace?: boolean } = {}) => {
      const next = { ...filters, query, ...patch }
      lastWritten.current = next.query
      setParams(jobFiltersToParams(next), { replace: options.replace ?? false })
    },
    [filters, query, setParams],
  )

  // Writes the search text now, unless it is already there.
  const flushQuery = useCallback(() => {
    if (query !== lastWritten.current) update({ query }, { replace: true })
  }, [query, update])

  useEffect(() => {
    if (query === lastWritten.current) return
    const timer = setTimeout(flushQuery, QUERY_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query, flushQuery])

  const clear = useCallback(() => {
    setQueryState('')
    update({ ...DEFAULT_FILTERS, sort: filters.sort, dir: filters.dir })
  }, [update, filters.sort, filters.dir])

  /**
   * For the search box's blur: a click on a job right after typing blurs the box first, so the text is written
   * then, before the click's navigation starts — a write still waiting on the debounce would land during that
   * navigation (the job's page loads lazily) and take the user back to the list, swallowing the click.
   */
  return { filters, query, setQuery: setQueryState, flushQuery, update, clear }
}
