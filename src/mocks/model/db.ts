import { now } from './clock'
import { DEFAULT_SEED, seedDb, type ScaleName } from './seed'
import type { SimulatorDb } from './types'

interface DbConfig {
  seed: number
  scale: ScaleName
}

let config: DbConfig = { seed: DEFAULT_SEED, scale: 'normal' }
let current: SimulatorDb | null = null

/**
 * The live model. It is seeded on first use after a reset, so `resetSimulator()` between tests costs nothing
 * unless the next test actually talks to the simulator.
 */
export function getDb(): SimulatorDb {
  current ??= seedDb({ ...config, at: now() })
  return current
}

/** Drops the live model; the next call to {@link getDb} seeds a fresh one with the given settings. */
export function resetDb(options: Partial<DbConfig> = {}): void {
  config = { ...config, ...options }
  current = null
}

/** The seed settings in use. */
export function getDbConfig(): Readonly<DbConfig> {
  return config
}

/** Replaces the live model with one saved earlier (the browser keeps it across reloads of a tab). */
export function adoptDb(db: SimulatorDb): void {
  current = db
}
