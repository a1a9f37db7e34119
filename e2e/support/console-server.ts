import { spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startProcess, stopProcess } from './processes'

/** One simulator process standing in for one SCV appliance. */
export interface SimulatedAppliance {
  id: string
  label: string
  url: string
  child: ChildProcess | undefined
}

/** Starts `npm run simulator` on a port, seeded and named so its log lines say which appliance it is. */
export async function startSimulatedAppliance(
  id: string,
  label: string,
  port: number,
  seed: number,
): Promise<SimulatedAppliance> {
  const child = await startProcess(
    ['scripts/simulator.mjs', '--port', String(port), '--seed', String(seed), '--name', id, '--quiet'],
    /listening on http:\/\/127\.0\.0\.1/,
  )
  return { id, label, url: `http://127.0.0.1:${port}`, child }
}

export function stopSimulatedAppliance(appliance: SimulatedAppliance | undefined): void {
  stopProcess(appliance?.child)
  if (appliance) appliance.child = undefined
}

/**
 * Compiles the server as `npm run build` does and starts it like `npm run serve`, with a registry file
 * listing the appliances, serving the console the e2e suite already built (or a fresh build when none).
 */
export async function startConsoleServer(
  workDir: string,
  port: number,
  appliances: SimulatedAppliance[],
): Promise<ChildProcess> {
  mkdirSync(workDir, { recursive: true })
  const serverOut = join(workDir, 'server')
  const compiled = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'server/tsconfig.build.json', '--outDir', serverOut],
    { encoding: 'utf8' },
  )
  if (compiled.status !== 0)
    throw new Error(`the server did not compile:\n${compiled.stdout}${compiled.stderr}`)

  let dist = resolve(process.env.E2E_OUT_DIR ?? 'dist-e2e')
  if (!existsSync(join(dist, 'index.html'))) {
    dist = join(workDir, 'dist')
    const built = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--logLevel', 'warn'],
      { encoding: 'utf8', env: { ...process.env, SCV_URL: '' } },
    )
    if (built.status !== 0) throw new Error(`the console did not build:\n${built.stdout}${built.stderr}`)
  }

  const registry = join(workDir, 'appliances.json')
  writeFileSync(
    registry,
    JSON.stringify({ appliances: appliances.map(({ id, label, url }) => ({ id, label, baseUrl: url })) }),
  )
  return startProcess([join(serverOut, 'main.js')], /SCV Console server listening/, {
    SCV_APPLIANCES_FILE: registry,
    SCV_CONSOLE_DIST: dist,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  })
}

/** The tokens an appliance has issued (the simulator's test hook), to prove none of them reaches the page. */
export async function issuedTokens(appliance: SimulatedAppliance): Promise<string[]> {
  const response = await fetch(`${appliance.url}/__sim/sessions`)
  const body = (await response.json()) as { sessions: Array<{ token: string }> }
  return body.sessions.map((s) => s.token)
}

/** Turns a simulator scenario on for one appliance (e.g. expireTokens). */
export async function setApplianceScenario(appliance: SimulatedAppliance, name: string): Promise<void> {
  const response = await fetch(`${appliance.url}/__sim/scenarios`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  })
  if (!response.ok) throw new Error(`scenario ${name} refused: ${response.status}`)
}

/** Creates a policy directly on one appliance, so the test can tell the appliances' data apart. */
export async function createPolicyOn(appliance: SimulatedAppliance, name: string): Promise<void> {
  const login = await fetch(`${appliance.url}/api/4.1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'administrator@vsphere.local', password: 'simulator' }),
  })
  const token = ((await login.json()) as { response: { token: string } }).response.token
  const created = await fetch(`${appliance.url}/api/4.1/policies`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Token: token },
    body: JSON.stringify({ name, frequency: 'DAILY', retention: { type: 'COUNT', value: 7 } }),
  })
  if (!created.ok) throw new Error(`policy ${name} not created on ${appliance.id}: ${await created.text()}`)
}
