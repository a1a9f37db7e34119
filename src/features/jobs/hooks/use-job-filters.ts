import { useCallback } from 'react'
import { useListParams } from '../../../lib/url/list-params'
import { useSearchText } from '../../../lib/url/use-search-text'
import { DEFAULT_FILTERS, jobFilterFields, type JobFilters } from '../model/job-filters'

/**
 * The list's filters and sort, kept in the URL (each change a history entry the Back button retraces), and the
 * search box's text (`search.text`, which the list filters on as it is typed; the URL gets it after a pause, on
 * Enter or when the box is left, replacing the entry).
 */
export function useJobFilters() {
  const [filters, setFilters] = useListParams(jobFilterFields)
  const update = useCallback(
    (patch: Partial<JobFilters>, { replace = false }: { replace?: boolean } = {}) =>
      setFilters(patch, { replace }),
    [setFilters],
  )
  const search = useSearchText(filters.query, (query) => setFilters({ query }))
  const { reset } = search
  const clear = useCallback(() => {
    reset('')
    update({ ...DEFAULT_FILTERS, sort: filters.sort, dir: filters.dir })
  }, [reset, update, filters.sort, filters.dir])
  return { filters, search, update, clear }
}
