/** The part of a query result a section's loading / error / data states need. */
export interface QueryLike<T> {
  data: T | undefined
  error: unknown
  isPending: boolean
  refetch: () => unknown
}

type DataOf<Q> = Q extends QueryLike<infer T> ? NonNullable<T> : never

/**
 * Several queries as one for `QueryState`: pending while any is, failed when any failed (Retry refetches the
 * failed ones), data once all have answered.
 */
export function combineQueries<Q extends readonly QueryLike<unknown>[]>(
  queries: Q,
): QueryLike<{ [K in keyof Q]: DataOf<Q[K]> }> {
  const error = queries.find((query) => query.error)?.error ?? null
  const ready = queries.every((query) => query.data !== undefined)
  return {
    data: ready ? (queries.map((query) => query.data) as { [K in keyof Q]: DataOf<Q[K]> }) : undefined,
    error,
    isPending: !error && queries.some((query) => query.isPending),
    refetch: () => {
      for (const query of queries) if (query.error || query.data === undefined) void query.refetch()
    },
  }
}
