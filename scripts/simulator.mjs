// `npm run simulator`: the SCV simulator as a real HTTP server (default http://127.0.0.1:8144).
// Options: --port <n> (or PORT), --host <addr> (or HOST), SIM_SCALE=large, --quiet.
// Node 20 cannot load the TypeScript handlers itself, so Vite's runnerImport transpiles them.
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    scale: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
})

const port = Number(values.port ?? process.env.PORT ?? 8144)
const host = values.host ?? process.env.HOST ?? '127.0.0.1'
const scale = values.scale ?? process.env.SIM_SCALE ?? 'normal'

const entry = fileURLToPath(new URL('../src/mocks/http-server.ts', import.meta.url))
// One import, one module graph: the server and the controls below share the same model.
const { module: sim } = await runnerImport(entry, { configFile: false, logLevel: 'error' })
if (scale === 'large') sim.resetSimulator({ scale: 'large' })

const started = performance.now()
sim.getSimulatorDb()
const seededIn = Math.round(performance.now() - started)

const simulator = await sim.startHttpSimulator({
  port,
  host,
  log: values.quiet ? undefined : (line) => console.log(line),
})
console.log(`SCV simulator listening on ${simulator.url} (scale ${scale}, seeded in ${seededIn} ms)`)
console.log(`Log in as ${sim.SIMULATOR_USERS.join(' or ')} with password '${sim.SIMULATOR_PASSWORD}'.`)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    simulator.close().finally(() => process.exit(0))
  })
}
