// First-load size: how much JS and CSS (gzip) the browser downloads for the sign-in page, up to the first
// dashboard paint (the files whose download began before the dashboard's heading was drawn), what the dashboard
// loads after that (drawings that show a placeholder first), and for each page of the navigation on top of that —
// measured in Chromium on a production build without the simulator (`SCV_URL` set at build time, the way a real
// deployment is built), served by `vite preview` proxying /api to the simulator as an HTTP server.
//
// Targets (issue 16): sign-in page ≤ 200 KB, first dashboard paint ≤ 300 KB (cumulative). Reports; exits 0
// unless something broke. `npm run bench -- --size` runs only this; `npm run bench` runs it first.
// Options: --reuse (keep dist-bench-size/), BENCH_SIZE_PORT (default 4197), BENCH_SIZE_SIM_PORT (default 8197).
import { existsSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { buildConsole, log, root, serveBuild, stop, waitForOutput } from './bench-support.mjs'

const outDir = 'dist-bench-size'
const port = Number(process.env.BENCH_SIZE_PORT ?? 4197)
const simPort = Number(process.env.BENCH_SIZE_SIM_PORT ?? 8197)
const baseURL = `http://127.0.0.1:${port}`
const simURL = `http://127.0.0.1:${simPort}`
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const BUDGETS = { signIn: 200 * 1024, dashboard: 300 * 1024 }

const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`

/** Records every JS and CSS file the page downloads, with its gzip size (zlib's default level, as servers use). */
function recordAssets(page) {
  const files = new Map()
  page.on('response', async (response) => {
    const url = new URL(response.url())
    if (url.origin !== baseURL || !/\.(m?js|css)$/.test(url.pathname) || !response.ok()) return
    try {
      const body = await response.body()
      files.set(url.pathname, { raw: body.length, gzip: gzipSync(body).length })
    } catch {
      // A response whose body is gone (the page navigated) was not used.
    }
  })
  return {
    /** Files downloaded since the last mark, and their total. */
    since(marked) {
      const added = [...files].filter(([path]) => !marked.has(path))
      for (const [path] of added) marked.add(path)
      return { files: added, gzip: added.reduce((sum, [, file]) => sum + file.gzip, 0) }
    },
    settled: () => page.waitForLoadState('networkidle'),
  }
}

/** Marks, in the page, when the dashboard's heading is first drawn (before any script of the page runs). */
function markDashboardPaint() {
  performance.setResourceTimingBufferSize(10_000)
  new MutationObserver((_, observer) => {
    if (document.querySelector('main h1')?.textContent !== 'Dashboard') return
    window.dashboardPaintedAt = performance.now()
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
}

/** In the page: the paths of the files whose download began before the dashboard's heading was drawn. */
function requestedBeforeDashboardPaint() {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime < window.dashboardPaintedAt)
    .map((entry) => new URL(entry.name).pathname)
}

const subset = (recorded, keep) => {
  const files = recorded.files.filter(keep)
  return { files, gzip: files.reduce((sum, [, file]) => sum + file.gzip, 0) }
}

function startSimulator() {
  const child = spawn(process.execPath, ['scripts/simulator.mjs', '--port', String(simPort), '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  return waitForOutput(child, /listening on/, 60_000, 'the simulator')
}

function printFiles(files) {
  for (const [path, file] of [...files].sort((a, b) => b[1].gzip - a[1].gzip)) {
    log(`      ${kb(file.gzip)}  ${path.replace('/assets/', '')}`)
  }
}

export async function runSizeBench() {
  buildConsole(outDir, { SCV_URL: simURL })
  const simulator = await startSimulator()
  const server = await serveBuild(outDir, port, { SCV_URL: simURL })
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.addInitScript(markDashboardPaint)
    const assets = recordAssets(page)
    const seen = new Set()
    // A visitor who is not signed in opens the console's address.
    await page.goto(`${baseURL}/`)
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await assets.settled()
    const signIn = assets.since(seen)

    await page.getByLabel('vCenter user name').fill('administrator@vsphere.local')
    await page.locator('input[type="password"]').fill('simulator')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    // The dashboard is complete when no section is loading and every drawing (loaded lazily) is in place.
    await page.waitForFunction(
      () => !document.querySelector('main .mantine-Loader-root, main .mantine-Skeleton-root'),
      undefined,
      { timeout: 120_000 },
    )
    await assets.settled()
    const requestedBeforePaint = await page.evaluate(requestedBeforeDashboardPaint)
    const dashboardComplete = assets.since(seen)
    const dashboard = subset(dashboardComplete, ([path]) => requestedBeforePaint.includes(path))
    const afterPaint = subset(dashboardComplete, ([path]) => !requestedBeforePaint.includes(path))

    log('')
    log('first-load size, JS + CSS gzip (production build without the simulator)')
    log(`  sign-in page                  ${kb(signIn.gzip)}   target ≤ ${kb(BUDGETS.signIn)}`)
    printFiles(signIn.files)
    log(
      `  + dashboard after sign-in     ${kb(dashboard.gzip)}   → ${kb(signIn.gzip + dashboard.gzip).trim()} to the first dashboard paint, target ≤ ${kb(BUDGETS.dashboard).trim()}`,
    )
    printFiles(dashboard.files)
    log(`  + after the dashboard's first paint (its lazy drawings, workers)   ${kb(afterPaint.gzip)}`)
    printFiles(afterPaint.files)

    const navigation = page.getByRole('navigation', { name: 'Main navigation' })
    const links = await navigation.getByRole('link').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        name: anchor.textContent?.trim() ?? '',
        path: new URL(anchor.href).pathname,
      })),
    )
    log('  each page of the navigation, on top of what was loaded before it:')
    for (const { name, path } of links.filter((link) => link.path !== '/')) {
      await navigation.getByRole('link', { name, exact: true }).click()
      // The router loads a lazy page before it changes the address.
      await page.waitForURL((url) => url.pathname.startsWith(path))
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor()
      await assets.settled()
      const added = assets.since(seen)
      log(`    ${name.padEnd(26)} ${kb(added.gzip)}  (${added.files.length} files)`)
    }
    return { signIn: signIn.gzip, dashboard: signIn.gzip + dashboard.gzip }
  } finally {
    await browser.close()
    stop(server)
    stop(simulator)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runSizeBench().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
