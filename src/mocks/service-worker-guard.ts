/**
 * MSW's `worker.start()` calls `registration.update()` on an existing registration without awaiting it; when
 * the browser cannot fetch the worker script at that moment (a navigation under way, a restarted server) the
 * rejection ("Failed to update a ServiceWorker … Not found") surfaces as an uncaught error. The current worker
 * keeps serving, so the failure is a warning.
 */
export function guardRegistrationUpdates(
  prototype: Pick<ServiceWorkerRegistration, 'update'> | undefined = globalThis.ServiceWorkerRegistration
    ?.prototype,
): void {
  if (!prototype || (prototype.update as { scvGuarded?: boolean }).scvGuarded) return
  const update = prototype.update
  const guarded = function (this: ServiceWorkerRegistration) {
    const result = update.call(this)
    result.catch((error: unknown) => console.warn('[simulator] service worker update skipped:', error))
    return result
  }
  prototype.update = Object.assign(guarded, { scvGuarded: true })
}
