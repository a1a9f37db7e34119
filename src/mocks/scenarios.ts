import { getDb } from './model/db'
import { expireAllTokens } from './model/sessions'
import { resetSettings, simSettings } from './model/settings'

/**
 * Every fault the simulator can inject, switchable at runtime:
 * - browser: `?simFault=latency,ms=2000,path=/4.1/jobs;backupFailed` or `window.__scvSimulator.scenarios.set(...)`;
 * - HTTP: header `X-Sim-Scenario: <same syntax>` (transport faults for that one request) or `POST /__sim/scenarios`;
 * - tests: `setScenario('serverError', { path: '/4.1/jobs' })`, `clearScenarios()`, `resetSimulator()`.
 *
 * `path` is matched against the request path: a plain string matches when the path contains it, `*` is a
 * wildcard. Without `path` a transport fault applies to every API call, the login included.
 */
export const SCENARIOS = {
  /** Delays matching responses by `ms` (default 1500 ms), for all paths or the ones matching `path`. */
  latency: { kind: 'transport', defaultMs: 1_500 },
  /** Answers matching calls with 500 and an SCV error body (its text from `message` when given). */
  serverError: { kind: 'transport' },
  /** Answers matching calls with 503 (the appliance restarting its services); text from `message` when given. */
  serviceUnavailable: { kind: 'transport' },
  /**
   * Answers matching calls with `status` (default 400) and an SCV error body carrying `message`: the appliance
   * turning one request down (a name already taken, a conflicting restore, an operation it does not allow).
   */
  refused: { kind: 'transport' },
  /** Fails matching calls at the network level (`HttpResponse.error()`; the HTTP server drops the socket). */
  networkError: { kind: 'transport' },
  /** Answers matching calls with 200 and a truncated, unparsable JSON body. */
  malformedJson: { kind: 'transport' },
  /** Answers matching calls with the real body minus fields (`response` lists lose names, statuses and ids). */
  missingFields: { kind: 'transport' },
  /**
   * Answers matching calls with 404 and a bare web-server body (no SCV envelope): an appliance whose version
   * lacks the operation. Use a `path` (e.g. `*\/4.1/configurations*`); the console then hides the control.
   */
  notOffered: { kind: 'transport' },
  /** Holds matching calls for `ms` (default 30 s) before answering normally: a hung appliance. */
  stall: { kind: 'transport', defaultMs: 30_000 },
  /** Expires every token issued so far, once: the next call with one of them gets 401. */
  expireTokens: { kind: 'action' },
  /** Tokens issued from now on live `ms` (default 60 s) instead of 120 minutes. */
  shortTokenLifetime: { kind: 'behaviour', defaultMs: 60_000 },
  /** Backup-now jobs end WARNING and produce a partial backup. */
  backupWarning: { kind: 'behaviour' },
  /** Backup-now jobs end FAILED and produce no backup. */
  backupFailed: { kind: 'behaviour' },
  /** Jobs started by requests finish after `ms` (default 300 ms) instead of about 5 s: fast tests and demos. */
  fastJobs: { kind: 'behaviour', defaultMs: 300 },
} as const satisfies Record<string, { kind: 'transport' | 'behaviour' | 'action'; defaultMs?: number }>

export type ScenarioName = keyof typeof SCENARIOS

/** Where and how strongly a scenario applies. */
export interface ScenarioOptions {
  /** Path pattern (substring, or `*` wildcards). Transport faults only. */
  path?: string
  /** Only requests with this method (e.g. `PUT`); all methods when absent. Transport faults only. */
  method?: string
  /** Duration for latency, stall, shortTokenLifetime and fastJobs. */
  ms?: number
  /** HTTP status of a `refused` answer (400–599; default 400). */
  status?: number
  /** Error text of a serverError, serviceUnavailable or refused answer (the SCV body's message). */
  message?: string
}

export interface ActiveScenario extends ScenarioOptions {
  name: ScenarioName
}

const active: ActiveScenario[] = []

/** True for a known scenario name. */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.prototype.hasOwnProperty.call(SCENARIOS, name)
}

/** Turns a scenario on (replacing an earlier one with the same name and path). */
export function setScenario(name: ScenarioName, options: ScenarioOptions = {}): void {
  const spec = SCENARIOS[name]
  const ms = options.ms ?? ('defaultMs' in spec ? spec.defaultMs : undefined)
  if (spec.kind === 'action') {
    if (name === 'expireTokens') expireAllTokens(getDb())
    return
  }
  if (name === 'shortTokenLifetime') simSettings.tokenLifetimeMs = ms ?? 60_000
  if (name === 'fastJobs') simSettings.jobDurationMs = ms ?? 300
  if (name === 'backupWarning') simSettings.backupOutcome = 'WARNING'
  if (name === 'backupFailed') simSettings.backupOutcome = 'FAILED'
  if (
    options.status !== undefined &&
    !(Number.isInteger(options.status) && options.status >= 400 && options.status <= 599)
  )
    throw new Error(`Scenario '${name}' needs an error status (400–599), not ${options.status}.`)
  const index = active.findIndex(
    (s) => s.name === name && s.path === options.path && s.method === options.method,
  )
  const entry: ActiveScenario = { name, ...options, ...(ms === undefined ? {} : { ms }) }
  if (index >= 0) active[index] = entry
  else active.push(entry)
}

/** Turns every scenario off and restores normal behaviour (the model itself is kept). */
export function clearScenarios(): void {
  active.length = 0
  resetSettings()
}

/** The scenarios currently on. */
export function listScenarios(): ActiveScenario[] {
  return active.map((s) => ({ ...s }))
}

/**
 * Parses `name,key=value,...;name2` (the URL parameter and header syntax). Unknown names and keys are reported
 * rather than ignored, so a typo in a test is visible.
 */
export function parseScenarioSpec(spec: string): ActiveScenario[] {
  return spec
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [rawName = '', ...pairs] = part.split(',')
      const name = rawName.trim()
      if (!isScenarioName(name)) {
        throw new Error(`Unknown simulator scenario '${name}'. Known: ${Object.keys(SCENARIOS).join(', ')}`)
      }
      const scenario: ActiveScenario = { name }
      for (const pair of pairs) {
        const eq = pair.indexOf('=')
        const key = pair.slice(0, eq).trim()
        const value = pair.slice(eq + 1).trim()
        if (key === 'ms' && Number.isFinite(Number(value))) scenario.ms = Number(value)
        else if (key === 'path' && value !== '') scenario.path = value
        else if (key === 'method' && value !== '') scenario.method = value.toUpperCase()
        else if (key === 'status' && Number.isInteger(Number(value))) scenario.status = Number(value)
        else if (key === 'message' && value !== '') scenario.message = value
        else
          throw new Error(
            `Bad option '${pair}' for scenario '${name}' (use ms=<number>, path=<pattern>, method=<GET|PUT|…>, ` +
              `status=<400–599> or message=<text without , or ;>).`,
          )
      }
      return scenario
    })
}

/** Applies a parsed spec: each scenario is switched on as if by {@link setScenario}. */
export function applyScenarioSpec(spec: string): ActiveScenario[] {
  const scenarios = parseScenarioSpec(spec)
  for (const { name, ...options } of scenarios) setScenario(name, options)
  return scenarios
}

/** Does a scenario's path pattern match this request path? */
function pathMatches(pattern: string | undefined, path: string): boolean {
  if (!pattern) return true
  if (!pattern.includes('*')) return path.includes(pattern)
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`)
  return regex.test(path) || regex.test(path.replace(/^\/api/, ''))
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
}

/** Transport faults that apply to this path, in a fixed order: network, stall, latency, status, body. */
export function transportFaultsFor(
  path: string,
  extra: ActiveScenario[] = [],
  method = 'GET',
): ActiveScenario[] {
  const order: ScenarioName[] = [
    'networkError',
    'stall',
    'latency',
    'serverError',
    'serviceUnavailable',
    'refused',
    'notOffered',
    'malformedJson',
    'missingFields',
  ]
  return [...active, ...extra]
    .filter(
      (s) =>
        SCENARIOS[s.name].kind === 'transport' &&
        pathMatches(s.path, path) &&
        (!s.method || s.method.toUpperCase() === method.toUpperCase()),
    )
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
}
