#!/usr/bin/env node
// `npm run bench`: how fast the jobs page is at the simulator's large seed (100,000 jobs), in real Chromium;
// then the dashboard and the job reports (scripts/bench-reports.mjs) and the simulator's seeding.
//
// Prints:
//   - navigation → first rows: from the start of the page load of /jobs?simScale=large to the table's first rows
//     (the page marks `jobs:first-rows` when they render);
//   - floor: fetch + JSON.parse of the same `GET /api/4.1/jobs` alone, in the same page, with the same token;
//   - their ratio, and the part of the page load spent before the jobs request was even sent;
//   - keystroke → updated rows: median over several keystrokes in the search box, from keydown to the table's
//     DOM update and to the next frame after it.
// Targets: ratio ≤ 1.3, keystroke ≤ 50 ms. Not a test: it reports, and exits 0 unless something broke.
//
// `npm run bench` first reports the first-load size (scripts/bench-size.mjs; `--size` for that alone).
// `npm run bench -- --http` measures instead over real HTTP through the production build (scripts/bench-http.mjs):
// the setup the targets are set for.
//
// Options: --reuse (reuse dist-bench/ if it exists instead of building), --rounds <n> (default 3),
//          BENCH_PORT (default 4199),
//          CHROMIUM_PATH (default /usr/bin/chromium when present).
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { buildConsole, log, median, ms, root, serveBuild, stop } from './bench-support.mjs'

const outDir = 'dist-bench'
const port = Number(process.env.BENCH_PORT ?? 4199)
const baseURL = `http://127.0.0.1:${port}`
const roundsArg = process.argv.indexOf('--rounds')
/** Each round is a fresh tab (the in-page simulator seeds again); ratios are paired within a round. */
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const KEYSTROKES = [
  'r',
  'e',
  's',
  't',
  'o',
  'Backspace',
  'Backspace',
  'Backspace',
  '_',
  '1',
  'Backspace',
  'Backspace',
]

/**
 * Opens /jobs?simScale=large in a fresh tab and signs in there. The in-page simulator seeds its 100,000 jobs
 * while answering the login (its model lives in the page, so it cannot be seeded earlier and survive a
 * reload); the console then navigates to the jobs page. "Navigation" starts when the login answer arrives,
 * which is when the console starts navigating to /jobs.
 */
async function measureFirstRows(page) {
  await page.goto(`${baseURL}/jobs?simScale=large`)
  await page.getByLabel('vCenter user name').fill('administrator@vsphere.local')
  await page.locator('input[type="password"]').fill('simulator')
  const clickedAt = await page.evaluate(() => performance.now())
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForFunction(() => performance.getEntriesByName('jobs:first-rows').length > 0, null, {
    timeout: 180_000,
    polling: 50,
  })
  const timings = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource')
    const login = resources.filter((entry) => entry.name.includes('/api/4.1/auth/login')).at(-1)
    const jobs = resources.filter((entry) => /\/api\/4\.1\/jobs(\?|$)/.test(entry.name)).at(0)
    return {
      firstRows: performance.getEntriesByName('jobs:first-rows')[0].startTime,
      loginStart: login ? login.startTime : null,
      loginEnd: login ? login.responseEnd : null,
      requestStart: jobs ? jobs.startTime : null,
      responseEnd: jobs ? jobs.responseEnd : null,
      total: document.querySelector('[data-testid="jobs-result-count"]')?.textContent ?? '',
    }
  })
  if (timings.loginEnd === null) throw new Error('No login request in the resource timings')
  return { ...timings, clickedAt, navigationStart: timings.loginEnd }
}

/** fetch + JSON.parse of the jobs list alone, in the page, with the tab's token (best of `runs`). */
async function measureFloor(page, runs = 3) {
  const times = []
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate(async () => {
        const token = sessionStorage.getItem('scv.token') ?? ''
        const start = performance.now()
        const response = await fetch('/api/4.1/jobs', {
          headers: { Token: token, Accept: 'application/json' },
        })
        const body = JSON.parse(await response.text())
        const elapsed = performance.now() - start
        if (!Array.isArray(body?.response?.jobResponseList)) throw new Error('unexpected jobs body')
        return { elapsed, count: body.response.jobResponseList.length }
      }),
    )
  }
  return {
    ms: Math.min(...times.map((t) => t.elapsed)),
    runs: times.map((t) => t.elapsed),
    count: times[0].count,
  }
}

/** One keystroke in the search box: keydown → the table's DOM changes, and → the frame after that. */
async function measureKeystroke(page, key) {
  await page.evaluate(() => {
    const table = document.querySelector('[data-testid="jobs-table"]')?.parentElement ?? document.body
    const input = document.querySelector('[data-testid="jobs-search"]')
    window.__benchKey = new Promise((resolve) => {
      let start = 0
      const onKey = () => {
        start = performance.now()
      }
      input.addEventListener('keydown', onKey, { capture: true, once: true })
      const observer = new MutationObserver((mutations) => {
        // The input's own value is not in this subtree: the first change here is the filtered rows.
        if (!start || mutations.length === 0) return
        observer.disconnect()
        const dom = performance.now() - start
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve({ dom, frame: performance.now() - start })
          channel.port2.postMessage(null)
        })
      })
      observer.observe(table, { subtree: true, childList: true, characterData: true })
      setTimeout(() => {
        observer.disconnect()
        resolve(null)
      }, 5_000)
    })
  })
  await page.keyboard.press(key)
  return page.evaluate(() => window.__benchKey)
}

async function main() {
  // First-load size (sign-in page, first dashboard paint, each page) comes first: cheap, and the number a
  // regression shows in most often. `--size` runs only that.
  const { runSizeBench } = await import('./bench-size.mjs')
  await runSizeBench()
  if (process.argv.includes('--size')) return
  if (process.argv.includes('--http')) {
    const { runHttpBench } = await import('./bench-http.mjs')
    await runHttpBench()
    return
  }
  buildConsole(outDir)
  const server = await serveBuild(outDir, port)
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  })
  try {
    const rounds = []
    const samples = []
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      const nav = await measureFirstRows(page)
      const floor = await measureFloor(page)
      const toFirstRows = nav.firstRows - nav.navigationStart
      rounds.push({ nav, floor, toFirstRows, ratio: toFirstRows / floor.ms })
      await page.getByRole('textbox', { name: 'Search' }).focus()
      for (const key of KEYSTROKES) {
        const sample = await measureKeystroke(page, key)
        if (sample) samples.push(sample)
      }
      await context.close()
    }

    log('')
    log(
      `jobs page at the large seed: ${rounds[0].floor.count.toLocaleString('en')} jobs, ${ROUNDS} rounds (fresh tab each)`,
    )
    rounds.forEach(({ nav, floor, toFirstRows, ratio }, i) => {
      log(`round ${i + 1}`)
      log(
        `  sign-in click → login answer    ${ms(nav.loginEnd - nav.clickedAt)}  (the simulator seeds 100,000 jobs here)`,
      )
      log(`  navigation → first rows        ${ms(toFirstRows)}  (login answer → table rows on screen)`)
      if (nav.requestStart !== null) {
        log(`    navigation → jobs request sent     ${ms(nav.requestStart - nav.navigationStart)}`)
        log(`    jobs request → response end        ${ms(nav.responseEnd - nav.requestStart)}`)
        log(
          `    response end → first rows          ${ms(nav.firstRows - nav.responseEnd)}  (JSON parse, rows, render)`,
        )
      }
      log(
        `  floor: fetch + JSON.parse alone ${ms(floor.ms)}  (best of ${floor.runs.map((r) => r.toFixed(0)).join(', ')} ms)`,
      )
      log(`  ratio                           ${ratio.toFixed(2)}`)
    })
    log('')
    log(
      `ratio (first rows / floor), median of rounds   ${median(rounds.map((r) => r.ratio)).toFixed(2)}   target ≤ 1.3`,
    )
    if (samples.length) {
      log(
        `keystroke → updated rows, median of ${samples.length}       ${ms(median(samples.map((s) => s.dom)))} DOM, ` +
          `${ms(median(samples.map((s) => s.frame)))} next frame   target ≤ 50 ms`,
      )
      log(`  samples (DOM): ${samples.map((s) => s.dom.toFixed(0)).join(', ')} ms`)
    } else {
      log('keystroke → updated rows        no sample (the table did not change)')
    }
    const load = (await import('node:os')).loadavg()[0]
    log(
      `machine load average (1 min) at the end: ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`,
    )

    const reportsBench = `${root}/scripts/bench-reports.mjs`
    if (existsSync(reportsBench)) {
      const { benchReportPages } = await import(reportsBench)
      for (const line of await benchReportPages({ browser, baseURL, rounds: ROUNDS })) log(line)
    }

    const seedBench = `${root}/scripts/bench-seed.mjs`
    if (existsSync(seedBench)) {
      const { benchSimulatorSeed } = await import(seedBench)
      log('')
      for (const r of await benchSimulatorSeed()) {
        log(
          `simulator seed ${r.scale.padEnd(6)} ${String(r.ms).padStart(8)} ms  jobs=${r.jobs} backups=${r.backups} vms=${r.vms}`,
        )
      }
    }
  } finally {
    await browser.close()
    stop(server)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
