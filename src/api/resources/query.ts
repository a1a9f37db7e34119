import type { QueryFunctionContext } from '@tanstack/react-query'
import { checkedAnswer } from '../answer-check'
import { $api } from '../client'
import type { paths } from '../schema'

/** Every path of the contract that has a GET. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths]

/**
 * The one factory every resource query goes through (`resourceQuery('get', '/4.1/jobs', init, options)` has
 * the signature of `$api.queryOptions`). Keys are openapi-react-query's `[method, path, init?]`.
 *
 * Multi-appliance: under the console server `$api` (client.ts) scopes every read to the appliance on screen
 * by putting that appliance's base URL in the request options, so the appliance is part of every key this
 * factory returns and the read goes to it. `resourceKey` prefixes cover every appliance (an invalidation marks
 * the other appliances' entries stale too, which is harmless); to read the cache of the appliance on screen
 * only, filter with `onScreenAppliance(resourceKey(...))`.
 *
 * Every answer is checked here, once, against the contract (`checkedAnswer`): one that lacks a required field
 * rejects with a `malformed` ApiError naming the operation and the field, so it never reaches the cache.
 *
 * (The cast only restores `$api.queryOptions`' generic signature, which TypeScript cannot infer through a
 * rest-parameter wrapper; the function passes its arguments through unchanged.)
 */
export const resourceQuery = ((...args: Parameters<typeof $api.queryOptions>) => {
  const options = $api.queryOptions(...args)
  const [method, path] = args as unknown as [string, string]
  const read = options.queryFn as unknown as (context: QueryFunctionContext) => Promise<unknown>
  return {
    ...options,
    queryFn: async (context: QueryFunctionContext) => checkedAnswer(method, path, await read(context)),
  }
}) as unknown as typeof $api.queryOptions

/**
 * The key prefix that covers every query of one path (all its `init` variants), for invalidation and cache
 * reads: `queryClient.invalidateQueries({ queryKey: resourceKey('/4.1/jobs') })`.
 */
export function resourceKey<P extends GetPath>(path: P): readonly ['get', P] {
  return ['get', path] as const
}

/**
 * The one way resource modules declare a write (`$api.useMutation`'s signature). Mutations are never retried
 * (the query client's default); each resource's hook adds the invalidations it owns.
 */
export const useResourceMutation = ((...args: Parameters<typeof $api.useMutation>) =>
  $api.useMutation(...args)) as unknown as typeof $api.useMutation

/**
 * How fresh a read must be, as a named choice rather than a number per caller:
 * - `default`: the query client's 30 s;
 * - `stable`: 5 minutes, for answers that change only when a job finishes or the user writes (backups, the
 *   inventory a picker offers, a wizard's choices), so Back / Next / a revisit never asks again;
 * - `now`: always ask again (a check right before a write: is the name free, is the policy still unused).
 */
export type Freshness = 'default' | 'stable' | 'now'

const STALE_TIME: Record<Freshness, number | undefined> = { default: undefined, stable: 5 * 60_000, now: 0 }

/** The `staleTime` option for a freshness (nothing for `default`, so the client's default applies). */
export function freshness(choice: Freshness = 'default'): { staleTime?: number } {
  const staleTime = STALE_TIME[choice]
  return staleTime === undefined ? {} : { staleTime }
}
