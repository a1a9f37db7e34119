// `npm run simulator`: the SCV simulator as a real HTTP server (default http://127.0.0.1:8144).
// Options: --port <n> (or PORT), --host <addr> (or HOST), --scale large (or SIM_SCALE=large), --quiet,
// --seed <n> (or SIM_SEED) for a different but reproducible data set, and --name <text> (or SIM_NAME) to tell
// several simulators apart in their output when they run side by side as several appliances:
//   npm run simulator -- --port 8144 --name east & npm run simulator -- --port 8145 --name west --seed 2
// Node 20 cannot load the TypeScript handlers itself, so Vite's runnerImport transpiles them.
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string' },
    name: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
})

const port = Number(values.port ?? process.env.PORT ?? 8144)
const host = values.host ?? process.env.HOST ?? '127.0.0.1'
const scale = values.scale ?? process.env.SIM_SCALE ?? 'normal'
const seedText = values.seed ?? process.env.SIM_SEED
const seed = seedText === undefined ? undefined : Number(seedText)
if (seed !== undefined && !Number.isInteger(seed)) {
  console.error(`--seed must be an integer (got ${seedText})`)
  process.exit(2)
}
const name = values.name ?? process.env.SIM_NAME ?? ''
const prefix = name ? `[${name}] ` : ''

const entry = fileURLToPath(new URL('../src/mocks/http-server.ts', import.meta.url))
// One import, one module graph: the server and the controls below share the same model.
const { module: sim } = await runnerImport(entry, { configFile: false, logLevel: 'error' })
if (scale === 'large' || seed !== undefined)
  sim.resetSimulator({ ...(scale === 'large' ? { scale } : {}), ...(seed !== undefined ? { seed } : {}) })

const started = performance.now()
sim.getSimulatorDb()
const seededIn = Math.round(performance.now() - started)

const simulator = await sim.startHttpSimulator({
  port,
  host,
  log: values.quiet ? undefined : (line) => console.log(`${prefix}${line}`),
})
const seedNote = seed === undefined ? '' : `, seed ${seed}`
console.log(
  `${prefix}SCV simulator listening on ${simulator.url} (scale ${scale}${seedNote}, seeded in ${seededIn} ms)`,
)
console.log(`Log in as ${sim.SIMULATOR_USERS.join(' or ')} with password '${sim.SIMULATOR_PASSWORD}'.`)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    simulator.close().finally(() => process.exit(0))
  })
}
