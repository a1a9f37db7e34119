#!/usr/bin/env node
// Takes the README's screenshots from the built console on the simulator: `npm run screenshots`.
// Builds to dist-screenshots, serves it with vite preview on 127.0.0.1:4179 (SCREENSHOTS_PORT to change it),
// signs in, and saves PNGs to docs/screenshots/: the dashboard, and the jobs and resource-group pages on a
// laptop (1366×768), a small laptop (1024×768) and a phone (414×860). A tool for maintainers, not a test.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4179)
const OUT_DIR = 'dist-screenshots'
const base = `http://127.0.0.1:${PORT}`
const LAPTOP = { width: 1366, height: 768 }
const SMALL_LAPTOP = { width: 1024, height: 768 }
const PHONE = { width: 414, height: 860 }
const shots = [
  { path: '/', file: 'dashboard.png', waitFor: 'Dashboard', viewport: { width: 1360, height: 860 } },
  ...[
    ['jobs', '/jobs', 'Jobs'],
    ['resource-groups', '/resource-groups', 'Resource groups'],
  ].flatMap(([name, path, waitFor]) => [
    { path, file: `${name}.png`, waitFor, viewport: LAPTOP },
    { path, file: `${name}-1024.png`, waitFor, viewport: SMALL_LAPTOP },
    { path, file: `${name}-phone.png`, waitFor, viewport: PHONE },
  ]),
]

const build = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT_DIR, '--logLevel', 'warn'],
  {
    stdio: 'inherit',
    env: { ...process.env, SCV_URL: '' },
  },
)
if (build.status !== 0) process.exit(build.status ?? 1)

const preview = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--outDir',
    OUT_DIR,
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { stdio: 'ignore', env: { ...process.env, SCV_URL: '' } },
)
try {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  const executablePath =
    process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, colorScheme: 'light' })
  await page.goto(`${base}/login`)
  await page.getByLabel('vCenter user name').fill('administrator@vsphere.local')
  await page.getByRole('textbox', { name: 'Password' }).fill('simulator')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
  mkdirSync('docs/screenshots', { recursive: true })
  for (const shot of shots) {
    await page.setViewportSize(shot.viewport)
    await page.goto(`${base}${shot.path}`)
    await page.getByRole('heading', { level: 1, name: shot.waitFor }).waitFor()
    await page.waitForLoadState('networkidle').catch(() => {})
    // The page's own data has arrived when its loaders are gone.
    await page.waitForFunction(() => !document.querySelector('main .mantine-Loader'))
    await page.screenshot({ path: `docs/screenshots/${shot.file}` })
    console.log(`docs/screenshots/${shot.file}`)
  }
  await browser.close()
} finally {
  preview.kill()
}
