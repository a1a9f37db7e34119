import {
  createQuerySerializer,
  defaultPathSerializer,
  type FetchOptions,
  type MaybeOptionalInit,
} from 'openapi-fetch'
import type { paths } from './schema'

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch'

/** The contract's paths that offer `method` (openapi-typescript writes `get?: never` for the others). */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: unknown } ? P : never
}[keyof paths]

/** One REST call as a person reads it (review steps, "Copy as curl"): method, path below /api, body. */
export interface RestCallView {
  method: Uppercase<Method>
  /** Path below /api with the parameters filled in, e.g. `/4.1/vm/vm-12/backups/42/restore`. */
  path: string
  body?: unknown
}

/** A call the console will send: what the review shows and, as `init`, exactly what `mutateAsync` is given. */
export interface RestCall<
  M extends Method = Method,
  P extends PathsWith<M> = PathsWith<M>,
> extends RestCallView {
  template: P
  init: MaybeOptionalInit<paths[P], M>
}

const serializeQuery = createQuerySerializer()

/**
 * Builds a call from the contract's path template and the same `init` (path/query parameters, body) the typed
 * client takes, filling the path the way openapi-fetch does. A review step shows `call` and the submit sends
 * `mutation.mutateAsync(call.init)`, so the preview cannot drift from the request:
 *
 *   const call = restCall('post', '/4.1/vm/{moref}/backups/{backupId}/restore', { params: { path }, body })
 */
export function restCall<M extends Method, P extends PathsWith<M>>(
  method: M,
  template: P,
  init: MaybeOptionalInit<paths[P], M>,
): RestCall<M, P> {
  const options = (init ?? {}) as FetchOptions<Record<string, unknown>> & {
    params?: { path?: Record<string, unknown>; query?: Record<string, unknown> }
    body?: unknown
  }
  let path = defaultPathSerializer(template, options.params?.path ?? {})
  const query = options.params?.query ? serializeQuery(options.params.query) : ''
  if (query) path += `?${query}`
  return {
    method: method.toUpperCase() as Uppercase<M>,
    path,
    template,
    init,
    ...(options.body !== undefined ? { body: options.body } : {}),
  }
}
