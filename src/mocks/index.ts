/**
 * The SCV simulator's public API for tests and tools. The runtimes have their own entry points:
 * `./browser` (MSW worker), `./node` (msw/node server for Vitest) and `./http-server` (real HTTP on Node).
 */
export { handlers, apiHandlers } from './handlers'
export { resetSimulator, expireTokens } from './control'
export {
  SCENARIOS,
  setScenario,
  clearScenarios,
  listScenarios,
  applyScenarioSpec,
  parseScenarioSpec,
  type ScenarioName,
  type ScenarioOptions,
  type ActiveScenario,
} from './scenarios'
export { getRequestLog, clearRequestLog, type LoggedRequest } from './request-log'
export { getDb as getSimulatorDb } from './model/db'
export { setClock } from './model/clock'
export { SIMULATOR_USERS, SIMULATOR_PASSWORD } from './model/sessions'
export { DEFAULT_SEED } from './model/seed'
export { SCENARIO_HEADER } from './handlers/gateway'
