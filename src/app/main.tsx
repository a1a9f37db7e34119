import { showStartFailure } from './start-failure/start-failure'
import { startEarlyReads } from './early-reads'
import { isSimulator } from '../lib/appliance/target'

// Against an appliance the first reads can leave now; the simulator starts them once it answers (start.tsx).
if (!isSimulator) startEarlyReads()

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
