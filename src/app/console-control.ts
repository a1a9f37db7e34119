import type { QueryClient } from '@tanstack/react-query'

/**
 * What `window.__scvConsole` offers end-to-end tests in a build on the embedded simulator (beside the
 * simulator's own `window.__scvSimulator`): going to a page and forgetting cached answers without reloading,
 * so one signed-in tab can try many pages under many faults cheaply. Not installed against a real appliance.
 */
export interface ScvConsoleControl {
  /** Goes to `path` as a link in the console would (client-side; the simulator's scenarios stay as set). */
  navigate(path: string): Promise<void>
  /** Forgets every cached answer, as a fresh tab has none: the next page asks the appliance again. */
  forgetAnswers(): void
  /** Asks again for everything on screen, as the page's next poll would. */
  refreshAll(): Promise<void>
}

declare global {
  interface Window {
    __scvConsole?: ScvConsoleControl
  }
}

export function exposeConsoleControl(
  router: { navigate(path: string): Promise<void> },
  queryClient: QueryClient,
): void {
  window.__scvConsole = {
    navigate: (path) => router.navigate(path),
    forgetAnswers: () => queryClient.clear(),
    refreshAll: () => queryClient.invalidateQueries(),
  }
}
