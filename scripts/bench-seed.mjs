// Measures how long the simulator takes to seed its model at both scales. Run alone with
// `node scripts/bench-seed.mjs`, or import `benchSimulatorSeed` from the project's bench runner.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const benchModule = fileURLToPath(new URL('../src/mocks/bench.ts', import.meta.url))

/** Seeds the normal and the large model and returns the timings (fastest of `runs`). */
export async function benchSimulatorSeed(runs = 3) {
  const { module } = await runnerImport(benchModule, { configFile: false, logLevel: 'error' })
  return [module.benchSeed('normal', runs), module.benchSeed('large', runs)]
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await benchSimulatorSeed()
  for (const r of results) {
    console.log(
      `simulator seed ${r.scale.padEnd(6)} ${String(r.ms).padStart(7)} ms  ` +
        `vms=${r.vms} datastores=${r.datastores} groups=${r.resourceGroups} backups=${r.backups} jobs=${r.jobs}`,
    )
  }
}
