import { describe, expect, it, vi } from 'vitest'
import { guardRegistrationUpdates } from './service-worker-guard'

describe('guardRegistrationUpdates', () => {
  it('turns a failed, unawaited registration update into a warning instead of an unhandled rejection', async () => {
    const failure = new TypeError('Failed to update a ServiceWorker: Not found')
    const prototype = { update: () => Promise.reject(failure) } as unknown as ServiceWorkerRegistration
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      guardRegistrationUpdates(prototype)
      guardRegistrationUpdates(prototype) // once only, however often the simulator starts
      void prototype.update() // as MSW does: not awaited
      await new Promise((resolve) => setTimeout(resolve, 10))
      expect(unhandled).not.toHaveBeenCalled()
      expect(warn).toHaveBeenCalledTimes(1)
      expect(warn).toHaveBeenCalledWith('[simulator] service worker update skipped:', failure)
      // A caller that does await still learns about the failure.
      await expect(prototype.update()).rejects.toBe(failure)
    } finally {
      process.off('unhandledRejection', unhandled)
      warn.mockRestore()
    }
  })
})
