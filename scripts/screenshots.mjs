#!/usr/bin/env node
// Takes the README's screenshots from the built console on the simulator: `npm run screenshots`.
// Builds to dist-screenshots, serves it with vite preview on 127.0.0.1:4179, signs in, and saves PNGs to
// docs/screenshots/. A tool for maintainers, not part of the tests.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = 4179
const OUT_DIR = 'dist-screenshots'
const base = `http://127.0.0.1:${PORT}`
const shots = [
  { path: '/', file: 'dashboard.png', waitFor: 'Protected VMs' },
  { path: '/jobs', file: 'jobs.png', waitFor: 'Jobs' },
  { path: '/resource-groups', file: 'resource-groups.png', waitFor: 'Resource groups' },
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
    await page.goto(`${base}${shot.path}`)
    await page.getByText(shot.waitFor).first().waitFor()
    await page.waitForLoadState('networkidle').catch(() => {})
    await page.screenshot({ path: `docs/screenshots/${shot.file}` })
    console.log(`docs/screenshots/${shot.file}`)
  }
  await browser.close()
} finally {
  preview.kill()
}
