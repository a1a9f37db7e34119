import createFetchClient from 'openapi-fetch'
import createQueryClient from 'openapi-react-query'
import type { paths } from './schema'
import { errorMiddleware, tokenMiddleware } from './middleware'

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

/** openapi-react-query bindings: `$api.queryOptions('get', '/4.1/jobs')` gives key and fn in one place. */
export const $api = createQueryClient(scvClient)
