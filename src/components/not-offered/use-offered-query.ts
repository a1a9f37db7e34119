import { useEffect } from 'react'
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import { toApiError } from '../../api'
import { markOperationUnsupported, useOperationUnsupported } from '../../lib/appliance/unsupported-operations'

/**
 * A read of an operation the appliance may not have (inferred, or seen only in the documentation's history).
 * Once the appliance answers "not offered", the operation is remembered as unsupported for the session and
 * never asked again; `notOffered` tells the page to show why the control is gone instead of an error.
 */
export function useOfferedQuery<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  operation: string,
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
) {
  const known = useOperationUnsupported(operation)
  const query = useQuery({ ...options, enabled: !known && options.enabled !== false })
  const answeredNotOffered = query.error !== null && toApiError(query.error).kind === 'not-supported'
  useEffect(() => {
    if (answeredNotOffered) markOperationUnsupported(operation)
  }, [answeredNotOffered, operation])
  return { query, notOffered: known || answeredNotOffered }
}
