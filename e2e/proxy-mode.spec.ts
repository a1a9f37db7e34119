import type { ChildProcess } from 'node:child_process'
import { test, expect, signIn } from './fixtures'
import { startProcess, stopProcess } from './support/processes'

/**
 * SCV_URL mode: the dev server proxies /api to an appliance. Here the "appliance" is the simulator running as
 * a real second process on 127.0.0.1, so nothing in the page is mocked.
 */
const SIMULATOR_PORT = 18_144
const CONSOLE_PORT = 5_199

let simulatorProcess: ChildProcess | undefined
let consoleProcess: ChildProcess | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  simulatorProcess = await startProcess(
    ['scripts/simulator.mjs', '--port', String(SIMULATOR_PORT)],
    /listening on http:\/\/127\.0\.0\.1/,
  )
  consoleProcess = await startProcess(
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(CONSOLE_PORT), '--strictPort'],
    new RegExp(`127\\.0\\.0\\.1:${CONSOLE_PORT}`),
    { SCV_URL: `http://127.0.0.1:${SIMULATOR_PORT}` },
  )
})

test.afterAll(() => {
  stopProcess(consoleProcess)
  stopProcess(simulatorProcess)
})

test('the console signs in and reads data through the proxy from a separate appliance process', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const apiHosts = new Set<string>()
  page.on('request', (request) => {
    if (request.url().includes('/api/4.1/')) apiHosts.add(new URL(request.url()).host)
  })
  await signIn(page, `http://127.0.0.1:${CONSOLE_PORT}/`)
  // The header names the proxied appliance instead of "Simulator"…
  await expect(page.getByTestId('appliance-badge')).toHaveText(`127.0.0.1:${SIMULATOR_PORT}`)
  // …and data comes from it: the dashboard's resource-group count is the simulator's seed.
  await expect(page.getByRole('region', { name: 'Resource groups' })).toContainText(/\d+/)
  // The page only ever talked to its own origin; the dev server forwarded /api.
  expect([...apiHosts]).toEqual([`127.0.0.1:${CONSOLE_PORT}`])
  // No service worker answered: the simulator is not bundled in this mode.
  const workerControlled = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller))
  expect(workerControlled).toBe(false)
})
