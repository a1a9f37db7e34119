import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { test as withoutConsoleGuard, type Page } from '@playwright/test'
import { test, expect, signIn } from './fixtures'
import { expectConsoleStarts, openEveryNavigationPage, watchOwnFiles } from './support/own-files'
import { startDevServer, startSimulatorServer, type StartedServer } from './support/processes'

/**
 * What the README tells a newcomer to run, in Chromium: sign in on the simulator, open every page in the
 * navigation, no uncaught error (the fixture's console guard), no failed request for the page's own files.
 * The other journeys run on the built console only, where modules live under /assets/ — a defect of the dev
 * server (the simulator answering /src/…/api/… with a 401: a white page) is invisible to them.
 */
test.describe.configure({ mode: 'serial' })

/**
 * The dev servers' dependency cache: emptied first, as a fresh clone has none, then shared by this file's dev
 * servers (they run one after the other), apart from any `npm start` running in the same folder.
 */
let viteCache: Record<string, string> = {}
test.beforeAll(() => {
  const dir = join(test.info().project.outputDir, 'newcomer-smoke-vite-cache')
  rmSync(dir, { recursive: true, force: true })
  viteCache = { SCV_VITE_CACHE_DIR: dir }
})

const servers: StartedServer[] = []
/** The proxy-mode dev server: no service worker there, so Playwright's routes see every module request. */
let proxied: StartedServer | undefined
test.afterAll(() => {
  for (const server of servers.splice(0)) server.stop()
})

test('npm start: the dev server on the embedded simulator', async ({ page }) => {
  test.setTimeout(180_000)
  const dev = await startDevServer({ SCV_URL: '', ...viteCache })
  servers.push(dev)
  const ownFiles = watchOwnFiles(page, dev.url)

  await expectConsoleStarts(page, `${dev.url}/`, ownFiles)
  await signIn(page, `${dev.url}/`)
  await expect(page.getByTestId('appliance-badge')).toHaveText('Simulator')
  const visited = await openEveryNavigationPage(page)
  expect(visited).toContain('/jobs')
  expect(ownFiles.problems, "failed requests for the page's own files").toEqual([])
  dev.stop()
})

test('npm run build && npm run preview: the built console on the embedded simulator', async ({
  page,
  baseURL,
}) => {
  // This suite's web server (playwright.config.ts) is exactly that: `vite build`, then `vite preview`.
  const origin = new URL(baseURL ?? '').origin
  const ownFiles = watchOwnFiles(page, origin)
  await expectConsoleStarts(page, '/', ownFiles)
  await signIn(page, '/')
  await expect(page.getByTestId('appliance-badge')).toHaveText('Simulator')
  await openEveryNavigationPage(page)
  expect(ownFiles.problems, "failed requests for the page's own files").toEqual([])
})

test('SCV_URL=<npm run simulator> npm start: the dev server proxying to a separate appliance process', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const appliance = await startSimulatorServer()
  servers.push(appliance)
  const dev = await startDevServer({ SCV_URL: appliance.url, ...viteCache })
  servers.push(dev)
  proxied = dev
  const ownFiles = watchOwnFiles(page, dev.url)
  const apiHosts = new Set<string>()
  page.on('request', (request) => {
    if (request.url().includes('/api/4.1/')) apiHosts.add(new URL(request.url()).host)
  })

  await expectConsoleStarts(page, `${dev.url}/`, ownFiles)
  await signIn(page, `${dev.url}/`)
  // The header names the proxied appliance instead of "Simulator"…
  await expect(page.getByTestId('appliance-badge')).toHaveText(new URL(appliance.url).host)
  // …and data comes from it: the dashboard's resource-group count is the simulator's seed.
  await expect(page.getByRole('region', { name: 'Resource groups' })).toContainText(/\d+/)
  await openEveryNavigationPage(page)
  expect(ownFiles.problems, "failed requests for the page's own files").toEqual([])
  // The page only ever talked to its own origin; the dev server forwarded /api.
  expect([...apiHosts]).toEqual([new URL(dev.url).host])
  // No service worker answered: the simulator is not bundled in this mode.
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker?.controller))).toBe(false)
})

// These pages report errors on purpose, so the console guard of the other tests does not apply.
withoutConsoleGuard(
  'when the console cannot start, the page says what failed and offers Reload',
  async ({ browser, baseURL }) => {
    const failurePage = (page: Page) => page.getByTestId('start-failure')

    // The built console on the simulator, in a window where service workers are blocked (a browser policy,
    // some private windows).
    const blocked = await browser.newContext({ serviceWorkers: 'block', baseURL })
    const page = await blocked.newPage()
    await page.goto('/')
    await expect(failurePage(page).getByRole('heading', { level: 1 })).toHaveText(
      'The built-in simulator could not start',
    )
    await expect(failurePage(page).getByRole('button', { name: 'Reload the page' })).toBeVisible()
    await blocked.close()

    // Module failures on the proxy-mode dev server: without a service worker in between, routes see them.
    const url = `${proxied?.url ?? ''}/`
    const context = await browser.newContext()
    const broken = await context.newPage()
    // A module of the console that does not load (what the simulator's 401 for /src/…/api/… did).
    await broken.route('**/src/app/router.tsx*', (route) => route.fulfill({ status: 404, body: '' }))
    await broken.goto(url)
    await expect(failurePage(broken).getByRole('heading', { level: 1 })).toHaveText(
      'Part of the console could not be loaded',
    )
    // Reload is the retry: with the file back, the console starts.
    await broken.unroute('**/src/app/router.tsx*')
    await failurePage(broken).getByRole('button', { name: 'Reload the page' }).click()
    await expect(broken.getByRole('heading', { name: 'Sign in to SCV Console' })).toBeVisible()

    // The entry module itself (index.html explains that one without any module).
    await broken.route('**/src/app/main.tsx*', (route) => route.fulfill({ status: 404, body: '' }))
    await broken.goto(url)
    await expect(broken.getByRole('heading', { name: 'The console could not be loaded' })).toBeVisible()
    await expect(broken.getByRole('button', { name: /Reload the page/ })).toBeVisible()
    await context.close()
  },
)
