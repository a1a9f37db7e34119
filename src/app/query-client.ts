import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api'

/** Server and network trouble may pass; a 4xx will answer the same way again. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && !['server', 'network'].includes(error.kind)) return false
  return failureCount < 2
}

/**
 * Defaults chosen for an operations console: data is fresh for 30 s (lists change when jobs finish, and
 * running work polls on its own), no refetch storm when the window regains focus, and mutations are never
 * retried — backup, restore, mount and the like are not idempotent.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetryQuery,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
