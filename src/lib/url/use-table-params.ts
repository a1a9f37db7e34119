import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

export type SortDirection = 'asc' | 'desc'

export interface TableParams<K extends string> {
  search: string
  sort: K
  direction: SortDirection
  /** The row whose details are open, if any. */
  open: string | null
}

/**
 * A list's search, sort and open row, kept in the URL (`?q=&sort=&dir=&open=`) so a link or a reload shows
 * the same view. Defaults are left out of the URL. Updates replace the history entry: typing in a search box
 * must not leave one entry per keystroke.
 */
export function useTableParams<K extends string>(sortKeys: readonly K[], defaultSort: K) {
  const [params, setParams] = useSearchParams()
  const sortParam = params.get('sort')
  const search = params.get('q') ?? ''
  const sort =
    sortParam !== null && (sortKeys as readonly string[]).includes(sortParam) ? (sortParam as K) : defaultSort
  const direction: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc'
  const open = params.get('open')
  const state = useMemo<TableParams<K>>(
    () => ({ search, sort, direction, open }),
    [search, sort, direction, open],
  )

  const update = useCallback(
    (next: Partial<TableParams<K>>) => {
      setParams(
        (current) => {
          const merged = new URLSearchParams(current)
          const set = (key: string, value: string | null, fallback: string) =>
            value && value !== fallback ? merged.set(key, value) : merged.delete(key)
          if (next.search !== undefined) set('q', next.search, '')
          if (next.sort !== undefined) set('sort', next.sort, defaultSort)
          if (next.direction !== undefined) set('dir', next.direction, 'asc')
          if (next.open !== undefined) set('open', next.open, '')
          return merged
        },
        { replace: true },
      )
    },
    [setParams, defaultSort],
  )
  return [state, update] as const
}
