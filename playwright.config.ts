import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/**
 * Debian's Chromium (or CHROMIUM_PATH) when present, Playwright's own browser otherwise; scripts/run-e2e.mjs
 * says what to install when neither exists.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`
/** Separate build folders let several suites run side by side (E2E_PORT=4174 E2E_OUT_DIR=dist-e2e-jobs). */
const outDir = process.env.E2E_OUT_DIR ?? 'dist-e2e'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/${outDir}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // The built console on the embedded simulator, as `npm run build && npm run preview` serves it.
        command: `node node_modules/vite/bin/vite.js build --outDir ${outDir} --logLevel warn && node node_modules/vite/bin/vite.js preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
        url: baseURL,
        timeout: 180_000,
        reuseExistingServer: !process.env.CI,
        env: { SCV_URL: '' },
      },
})
