import { setupServer } from 'msw/node'
import { handlers } from './handlers'
import { resetDb } from './model/db'

// SIM_SCALE=large seeds 100,000 jobs for performance work; the default is the normal appliance.
if (process.env.SIM_SCALE === 'large') resetDb({ scale: 'large' })

/** msw/node server answering every `/api` call with the simulator (Vitest). */
export const server = setupServer(...handlers)
