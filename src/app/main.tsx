import { showStartFailure } from './start-failure/start-failure'

/**
 * The entry is kept small on purpose: whatever fails after it — the simulator's service worker, any module of
 * the console — ends on a readable page that says what failed and what to do, never on a white one.
 * (`index.html` covers this file itself failing to load.)
 */
import('./start')
  .then(({ start }) => start())
  .catch((error: unknown) => {
    console.error('The console could not start:', error)
    showStartFailure(error)
  })
