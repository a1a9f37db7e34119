import createFetchClient from 'openapi-fetch'
import createQueryClient from 'openapi-react-query'
import type { paths } from './schema'
import { errorMiddleware, tokenMiddleware } from './middleware'
import { scopedToAppliance } from './appliance-queries'

/**
 * undici (tests) needs an absolute URL; in the browser the origin is the console's own, and the dev/preview
 * server proxies /api to the appliance, or the simulator's service worker answers it.
 */
const baseUrl = `${globalThis.location?.origin ?? 'http://localhost'}/api`

/**
 * The one openapi-fetch client. `fetch` is looked up on every call, not captured at import, so MSW in tests
 * (which patches globalThis.fetch after modules load) sees the requests.
 */
export const scvClient = createFetchClient<paths>({
  baseUrl,
  fetch: (request) => globalThis.fetch(request),
})
scvClient.use(tokenMiddleware, errorMiddleware)

const bindings = createQueryClient(scvClient)

type Binding = (method: unknown, path: unknown, init?: unknown, ...rest: unknown[]) => unknown

/** The same binding, with the request options scoped to the appliance (see `$api`). */
function scoped(binding: unknown): Binding {
  const call = binding as Binding
  return (method, path, init, ...rest) => call(method, path, scopedToAppliance(init), ...rest)
}

/**
 * openapi-react-query bindings: `$api.queryOptions('get', '/4.1/jobs')` gives key and fn in one place.
 * Every read goes through here, so this is where a read is tied to an appliance: under the console server
 * its request options carry the appliance's base URL (`/api/scv/<id>`), which puts the appliance in the
 * query key (`[method, path, init]`) and sends the request there even if the user switched meanwhile, so
 * answers of different appliances never share a cache entry. (Writes go to the appliance on screen.)
 */
export const $api = {
  ...bindings,
  queryOptions: scoped(bindings.queryOptions),
  useQuery: scoped(bindings.useQuery),
  useSuspenseQuery: scoped(bindings.useSuspenseQuery),
  useInfiniteQuery: scoped(bindings.useInfiniteQuery),
} as unknown as typeof bindings
