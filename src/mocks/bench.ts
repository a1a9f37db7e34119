import { seedDb, type ScaleName } from './model/seed'

/** Seeding time and sizes for one scale, for `npm run bench` and the scale test. */
export interface SeedBenchResult {
  scale: ScaleName
  ms: number
  vms: number
  backups: number
  jobs: number
  datastores: number
  resourceGroups: number
}

/** Seeds the model `runs` times at a scale and reports the fastest run (the first pays for JIT warm-up). */
export function benchSeed(scale: ScaleName, runs = 3): SeedBenchResult {
  let best = Number.POSITIVE_INFINITY
  let sizes = { vms: 0, backups: 0, jobs: 0, datastores: 0, resourceGroups: 0 }
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const db = seedDb({ scale, at: Date.now() })
    best = Math.min(best, performance.now() - start)
    sizes = {
      vms: db.vms.length,
      backups: db.backups.length,
      jobs: db.jobs.length,
      datastores: db.datastores.length,
      resourceGroups: db.resourceGroups.length,
    }
  }
  return { scale, ms: Math.round(best * 10) / 10, ...sizes }
}
