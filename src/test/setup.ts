import '@testing-library/jest-dom/vitest'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'

// Node-environment tests (contract, simulator over HTTP) have no DOM: only jsdom tests get the browser stubs.
const hasDom = typeof window !== 'undefined'

// Every catalogue of both languages, before any test renders: no test waits for a download (the browser
// downloads a namespace when its page needs it, app/i18n.ts).
{
  const { catalogueFiles, initI18n } = await import('../app/i18n')
  const { loadAllCatalogues } = await import('../lib/i18n/catalogues')
  await initI18n(await loadAllCatalogues(catalogueFiles))
}

if (hasDom) {
  // Mantine reads these browser APIs; jsdom has none of them. matchMedia is a plain function (not vi.fn) so
  // restoreMocks can't wipe it. A real browser matches the empty query, and mantine-datatable hides columns
  // whose media query does not match. The window is a wide desktop: `(min-width: …)` queries match, so tables
  // show all their columns (components/table-room).
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: query.trim() === '' || /^\(min-width:[^)]*\)$/.test(query.trim()),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  })

  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
  Element.prototype.scrollIntoView ??= vi.fn()

  // The simulator answers every /api call in jsdom tests, exactly as it does in the browser.
  const { server } = await import('../mocks/node')
  const { resetSimulator } = await import('../mocks')
  const { cleanup, configure } = await import('@testing-library/react')
  // Lazy route modules load on first use; on a busy 2-core CI machine that can take more than the default 1 s.
  configure({ asyncUtilTimeout: 8_000 })

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    cleanup()
    server.resetHandlers()
    resetSimulator()
    sessionStorage.clear()
    localStorage.clear()
  })
  afterAll(() => server.close())
}
