#!/usr/bin/env node
// Runs the Playwright suite, after checking that a Chromium exists: Debian's (/usr/bin/chromium), the one in
// CHROMIUM_PATH, or Playwright's own download. Without one, say what to install instead of failing obscurely.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { chromium } from '@playwright/test'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean)
const system = candidates.find((path) => existsSync(path))
function bundledChromium() {
  try {
    return chromium.executablePath()
  } catch {
    return ''
  }
}
const bundled = bundledChromium()
if (!system && !(bundled && existsSync(bundled))) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (then run npm test again)',
      '  elsewhere:     set CHROMIUM_PATH=/path/to/chromium, or run: npx playwright install chromium',
    ].join('\n'),
  )
  process.exit(1)
}
const result = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
