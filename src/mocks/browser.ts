import { setupWorker } from 'msw/browser'
import { expireTokens, resetSimulator } from './control'
import { handlers } from './handlers'
import {
  clearPersistedState,
  persistOnPageHide,
  persistTokens,
  restorePersistedState,
  schedulePersistModel,
} from './browser-persistence'
import { getDb, resetDb } from './model/db'
import { guardRegistrationUpdates } from './service-worker-guard'
import { forgetToken } from './model/sessions'
import { SESSION_ENDED_EVENT } from '../api/session'
import type { ScaleName } from './model/seed'
import { clearRequestLog, getRequestLog, type LoggedRequest } from './request-log'
import {
  applyScenarioSpec,
  clearScenarios,
  listScenarios,
  parseScenarioSpec,
  SCENARIOS,
  setScenario,
  type ActiveScenario,
  type ScenarioName,
  type ScenarioOptions,
} from './scenarios'

/** What `window.__scvSimulator` offers Playwright tests and curious developers. */
export interface ScvSimulatorControl {
  scenarios: {
    set(name: ScenarioName, options?: ScenarioOptions): void
    apply(spec: string): ActiveScenario[]
    clear(): void
    list(): ActiveScenario[]
  }
  requests(): LoggedRequest[]
  clearRequests(): void
  reset(options?: { scale?: ScaleName }): void
  expireTokens(): void
}

declare global {
  interface Window {
    __scvSimulator?: ScvSimulatorControl
  }
}

const SCALE_KEY = 'scv-sim-scale'
const FAULT_KEY = 'scv-sim-fault'

/** A URL parameter wins and is remembered for the tab; an empty value forgets it. */
function remembered(params: URLSearchParams, param: string, key: string): string | null {
  const value = params.get(param)
  if (value !== null) {
    if (value === '') sessionStorage.removeItem(key)
    else sessionStorage.setItem(key, value)
  }
  return sessionStorage.getItem(key)
}

/**
 * Switches on the `?simFault=` scenarios. An action (`expireTokens`) happens when this page's URL asks for it;
 * from the tab's remembered spec only the lasting scenarios come back, or every reload would expire the tokens.
 */
function applyStartFaults(spec: string, fromUrl: boolean): void {
  try {
    for (const { name, ...options } of parseScenarioSpec(spec)) {
      if (fromUrl || SCENARIOS[name].kind !== 'action') setScenario(name, options)
    }
    persistTokens()
  } catch (error) {
    console.warn('[simulator] ignoring simFault:', error instanceof Error ? error.message : error)
  }
}

/**
 * Starts the simulator in the page: `?simScale=large` seeds the large appliance, `?simFault=<spec>` switches
 * scenarios on (both remembered in sessionStorage), then the MSW worker answers `/api` and
 * `window.__scvSimulator` exposes the controls.
 */
export async function startSimulator(): Promise<void> {
  const params = new URLSearchParams(window.location.search)
  const scale = remembered(params, 'simScale', SCALE_KEY)
  if (scale === 'large') resetDb({ scale: 'large' })
  const fault = remembered(params, 'simFault', FAULT_KEY)
  if (params.get('simReset') !== null) await clearPersistedState()
  // Faults after the saved state is back: `expireTokens` acts on the restored tokens, not on an empty model.
  await restorePersistedState()
  if (fault) applyStartFaults(fault, params.get('simFault') !== null)
  guardRegistrationUpdates()
  // SCV 4.1 has no sign-out call; the console announces the end of a session so this store forgets the token.
  window.addEventListener(SESSION_ENDED_EVENT, (event) => {
    const token = (event as CustomEvent<{ token?: string }>).detail?.token
    if (!token) return
    forgetToken(getDb(), token)
    persistTokens()
  })
  const worker = setupWorker(...handlers)
  // Keep state across reloads of the tab, as a real appliance would (see browser-persistence.ts).
  worker.events.on('response:mocked', ({ request }) => {
    persistTokens()
    if (request.method !== 'GET') schedulePersistModel()
  })
  persistOnPageHide()
  /** Control actions change state outside any request, so they save it themselves. */
  const persisting =
    <Args extends unknown[], R>(action: (...args: Args) => R) =>
    (...args: Args): R => {
      const result = action(...args)
      persistTokens()
      schedulePersistModel()
      return result
    }
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  window.__scvSimulator = {
    scenarios: {
      set: persisting(setScenario),
      apply: persisting(applyScenarioSpec),
      clear: clearScenarios,
      list: listScenarios,
    },
    requests: getRequestLog,
    clearRequests: clearRequestLog,
    reset: (options) => {
      void clearPersistedState()
      resetSimulator(options)
    },
    expireTokens: persisting(expireTokens),
  }
}
