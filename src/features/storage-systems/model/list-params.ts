import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { STORAGE_SORT_KEYS, type SortDirection, type StorageSortKey } from './storage-rows'

function isSortKey(value: string | null): value is StorageSortKey {
  return value !== null && (STORAGE_SORT_KEYS as readonly string[]).includes(value)
}

/** The storage list's search and sort, kept in the URL (`?q=&sort=&dir=`) so a link or reload keeps them. */
export function useStorageListParams() {
  const [params, setParams] = useSearchParams()
  const sortParam = params.get('sort')
  const state = {
    search: params.get('q') ?? '',
    sort: isSortKey(sortParam) ? sortParam : ('name' as StorageSortKey),
    direction: (params.get('dir') === 'desc' ? 'desc' : 'asc') as SortDirection,
  }
  const update = useCallback(
    (next: Partial<typeof state>) => {
      setParams(
        (current) => {
          const merged = new URLSearchParams(current)
          const set = (key: string, value: string, fallback: string) =>
            value && value !== fallback ? merged.set(key, value) : merged.delete(key)
          if (next.search !== undefined) set('q', next.search, '')
          if (next.sort !== undefined) set('sort', next.sort, 'name')
          if (next.direction !== undefined) set('dir', next.direction, 'asc')
          return merged
        },
        // Typing in the search box should not leave one history entry per keystroke.
        { replace: true },
      )
    },
    [setParams],
  )
  return [state, update] as const
}
