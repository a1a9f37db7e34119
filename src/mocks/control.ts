import { setClock } from './model/clock'
import { getDb, resetDb } from './model/db'
import type { ScaleName } from './model/seed'
import { expireAllTokens } from './model/sessions'
import { clearRequestLog } from './request-log'
import { clearScenarios } from './scenarios'

/**
 * Back to a freshly seeded appliance: model, scenarios and request log. The model is re-seeded lazily on the
 * next request, so calling this after every test is free for tests that never touch the API.
 */
export function resetSimulator(options: { scale?: ScaleName; seed?: number } = {}): void {
  resetDb(options)
  clearScenarios()
  clearRequestLog()
  setClock(null)
}

/** Expires every token issued so far (the next call with one gets 401). */
export function expireTokens(): void {
  expireAllTokens(getDb())
}
