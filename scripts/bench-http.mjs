// `npm run bench -- --http`: the jobs page at 100,000 jobs the way an operator meets it — a production build
// (`vite build` + `vite preview`) proxying /api to the simulator running as a real HTTP server
// (`SIM_SCALE=large npm run simulator`), headless Chromium, a fresh tab per round that opens /jobs already
// signed in (the token is in the tab's sessionStorage, as after a sign-in).
//
// Prints, per round and as medians:
//   - first rows: navigation start → the table's first rows (the page marks `jobs:first-rows`);
//   - floor: fetch + JSON.parse of the same `GET /api/4.1/jobs` answer alone, in the same page (best of 3);
//   - ratio first rows / floor (target ≤ 1.3), and where the time went (request sent, answer received);
//   - keystroke → updated rows in the search box: median and p95 (targets ≤ 50 ms and ≤ 80 ms);
//   - the longest main-thread task while typing (target: none over 50 ms; Chromium reports tasks ≥ 50 ms).
// A first, unreported round warms the simulator and the proxy up (JIT), so rounds compare the page, not Node.
//
// A last, traced round says where the time between the answer and the first rows went (worker and main thread,
// wall and CPU time).
//
// Where the time went, page beside floor, per round and as medians: request sent → the simulator has it (the
// proxy, and Node busy) → its first byte is ready → the page's first byte → the last byte → first rows / parsed,
// from the simulator's Server-Timing header (src/mocks/http-server.ts) and its log line; and the CPU time the
// simulator, `vite preview`, Chromium and everything else on the machine used while the page loaded (from /proc).
//
// Options: --reuse (keep dist-bench-http/ if built), --rounds <n> (default 5), --split-cores (the simulator and
// vite preview pinned to one CPU, Chromium to the other: the appliance as another machine, which the cold load does
// not compete with), BENCH_PORT (default 4198), BENCH_SIM_PORT (default 8198), CHROMIUM_PATH.
import { existsSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import {
  buildConsole,
  log,
  median,
  ms,
  percentile,
  root,
  serveBuild,
  stop,
  waitForOutput,
} from './bench-support.mjs'
import { cpuBetween, cpuSnapshot, cpuText, ownProcesses, pinToCore } from './bench-cpu.mjs'

const outDir = 'dist-bench-http'
const port = Number(process.env.BENCH_PORT ?? 4198)
const simPort = Number(process.env.BENCH_SIM_PORT ?? 8198)
const baseURL = `http://127.0.0.1:${port}`
const simURL = `http://127.0.0.1:${simPort}`
const SPLIT_CORES = process.argv.includes('--split-cores')
const roundsArg = process.argv.indexOf('--rounds')
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5
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

async function startSimulator() {
  const child = spawn(process.execPath, ['scripts/simulator.mjs', '--port', String(simPort)], {
    cwd: root,
    env: { ...process.env, SIM_SCALE: 'large' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  await waitForOutput(child, /listening on/, 120_000, 'the simulator')
  // One line per request, e.g. `GET /api/4.1/jobs 200 830ms (first byte 4ms)`: when the simulator finished
  // writing each jobs answer (its Server-Timing header can only say when it started).
  child.jobLines = []
  let rest = ''
  child.stdout.on('data', (chunk) => {
    const lines = (rest + chunk.toString()).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) {
      const match =
        /^GET \/api\/4\.1\/jobs 200 (\d+)ms(?: \(first byte (\d+)ms, arrived at ([\d.]+)\))?/.exec(line)
      if (match)
        child.jobLines.push({
          total: Number(match[1]),
          firstByte: Number(match[2]),
          arrived: Number(match[3]),
        })
    }
  })
  return child
}

async function signIn() {
  const response = await fetch(`${simURL}/api/4.1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'administrator@vsphere.local', password: 'simulator' }),
  })
  const token = (await response.json())?.response?.token
  if (!token) throw new Error(`the simulator issued no token (${response.status})`)
  return token
}

/**
 * Where the time between the jobs answer and the first rows went, from a trace of the cold load: the worker's
 * and the main thread's tasks in that window (wall and CPU), in ms from navigation start.
 */
function loadProfile(trace, nav) {
  const events = JSON.parse(trace.toString()).traceEvents
  const names = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']),
  )
  const start = events.find((e) => e.name === 'navigationStart' || e.name === 'fetchStart')?.ts
  const origin = start ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts))
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask')
    .map((e) => ({
      thread: names.get(`${e.pid}:${e.tid}`) ?? '',
      at: (e.ts - origin) / 1000,
      wall: e.dur / 1000,
      cpu: (e.tdur ?? e.dur) / 1000,
    }))
  const sum = (list, key) => list.reduce((total, t) => total + t[key], 0)
  const threads = (from, to) => {
    const inWindow = (t) => t.at + t.wall > from && t.at < to
    const worker = tasks.filter((t) => t.thread === 'DedicatedWorker thread' && inWindow(t))
    const main = tasks.filter((t) => t.thread === 'CrRendererMain' && inWindow(t))
    return {
      worker: {
        wall: sum(worker, 'wall'),
        cpu: sum(worker, 'cpu'),
        longest: Math.max(0, ...worker.map((t) => t.wall)),
      },
      main: { wall: sum(main, 'wall'), cpu: sum(main, 'cpu'), tasks: main.length },
    }
  }
  // After the answer's last byte (what the page adds), and the whole cold load (what it competes with).
  return { ...threads(nav.responseEnd ?? 0, nav.firstRows), whole: threads(0, nav.firstRows) }
}

/** A fresh tab that opens /jobs signed in; returns the page with the timings of its first rows. */
async function openJobs(browser, token, { trace = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(
    ([value, info]) => {
      if (!sessionStorage.getItem('scv.token')) {
        sessionStorage.setItem('scv.token', value)
        sessionStorage.setItem('scv.session', info)
      }
    },
    [token, JSON.stringify({ username: 'administrator@vsphere.local', signedInAt: Date.now() })],
  )
  const page = await context.newPage()
  if (trace) {
    await browser.startTracing(page, {
      categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'],
    })
  }
  await page.goto(`${baseURL}/jobs`)
  await page.waitForFunction(() => performance.getEntriesByName('jobs:first-rows').length > 0, null, {
    timeout: 120_000,
    polling: 20,
  })
  const nav = await page.evaluate(() => {
    const jobs = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/api\/4\.1\/jobs(\?|$)/.test(entry.name))
      .at(0)
    return {
      firstRows: performance.getEntriesByName('jobs:first-rows')[0].startTime,
      // The contract check of the answer (src/api/answer-check.ts), part of the time to first rows.
      check: performance.getEntriesByName('answer-check GET /4.1/jobs')[0]?.duration ?? null,
      requestStart: jobs ? jobs.startTime : null,
      responseStart: jobs ? jobs.responseStart : null,
      responseEnd: jobs ? jobs.responseEnd : null,
      // The entry with the simulator's Server-Timing (src/mocks/http-server.ts), and the clock to read its
      // epoch times with.
      timing: jobs ? jobs.toJSON() : null,
      timeOrigin: performance.timeOrigin,
      total: document.querySelector('[data-testid="jobs-result-count"]')?.textContent ?? '',
    }
  })
  const profile = trace ? loadProfile(await browser.stopTracing(), nav) : null
  return { context, page, nav, profile }
}

/** Waits until the page has had a quiet moment (its follow-up work after the first rows is done). */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let quietSince = performance.now()
        const observer = new PerformanceObserver((list) => {
          if (list.getEntries().length) quietSince = performance.now()
        })
        observer.observe({ entryTypes: ['longtask'] })
        const check = () => {
          if (performance.now() - quietSince > 500) {
            observer.disconnect()
            resolve(null)
          } else setTimeout(check, 100)
        }
        check()
      }),
  )
}

/**
 * fetch + JSON.parse of the jobs list alone, in the page, with the tab's token (best of `runs`), with the
 * request's Resource Timing (and the simulator's Server-Timing) of the best run.
 */
async function measureFloor(page, simulator, runs = 3) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const logged = simulator.jobLines.length
    const run = await page.evaluate(async () => {
      const token = sessionStorage.getItem('scv.token') ?? ''
      const start = performance.now()
      const response = await fetch('/api/4.1/jobs', {
        headers: { Token: token, Accept: 'application/json' },
      })
      const text = await response.text()
      const received = performance.now()
      const body = JSON.parse(text)
      const elapsed = performance.now() - start
      if (!Array.isArray(body?.response?.jobResponseList)) throw new Error('unexpected jobs body')
      // The entry is queued when the body has been read.
      await new Promise((resolve) => setTimeout(resolve, 0))
      const entry = performance
        .getEntriesByType('resource')
        .filter((e) => /\/api\/4\.1\/jobs(\?|$)/.test(e.name))
        .at(-1)
      return {
        elapsed,
        parse: start + elapsed - received,
        start,
        count: body.response.jobResponseList.length,
        timing: entry ? entry.toJSON() : null,
        timeOrigin: performance.timeOrigin,
      }
    })
    times.push({ ...run, sim: await simulatorLog(simulator, logged) })
  }
  const best = times.reduce((a, b) => (b.elapsed < a.elapsed ? b : a))
  return {
    ms: best.elapsed,
    runs: times.map((t) => t.elapsed),
    count: times[0].count,
    where: whereTimeWent(best.timing, best.start, best.start + best.elapsed, best.sim, best.timeOrigin),
  }
}

/**
 * The simulator's log of the jobs answer logged after `logged` lines (its line comes at the end): request → last
 * byte written, → first byte, and when the request arrived (epoch ms).
 */
async function simulatorLog(simulator, logged) {
  for (let i = 0; i < 50 && simulator.jobLines.length <= logged; i++)
    await new Promise((resolve) => setTimeout(resolve, 10))
  return simulator.jobLines[logged] ?? null
}

/**
 * Where one jobs request's time went, in ms from `origin` (navigation start for the page, the fetch call for the
 * floor) to `done` (first rows, or parsed): sent → the simulator had it (proxy, and Node busy with something else)
 * → its first byte was ready (building the answer) → the page's first byte (proxy) → the last byte → done.
 * Simulator times are epoch ms (same machine, same clock).
 */
function whereTimeWent(timing, origin, done, sim, timeOrigin) {
  const arrivedAt = sim && Number.isFinite(sim.arrived) ? sim.arrived - timeOrigin : NaN
  if (!timing) {
    // A request the page has no entry of (made by a worker): only the simulator's side is known.
    if (!sim) return null
    return {
      beforeRequest: NaN,
      arrival: arrivedAt - origin,
      toSimulator: NaN,
      simulatorFirstByte: sim.firstByte,
      proxyFirstByte: NaN,
      download: NaN,
      simulatorTotal: sim.total,
      afterLastByte: done - (arrivedAt + sim.total),
      total: done - origin,
    }
  }
  const server = Object.fromEntries(timing.serverTiming.map((t) => [t.name, t]))
  const received = server['sim-received'] ? Number(server['sim-received'].description) - timeOrigin : NaN
  const firstByteWritten = received + (server['sim-first-byte']?.duration ?? NaN)
  const sent = timing.requestStart || timing.startTime
  return {
    beforeRequest: sent - origin,
    arrival: received - origin,
    toSimulator: received - sent,
    simulatorFirstByte: firstByteWritten - received,
    proxyFirstByte: timing.responseStart - firstByteWritten,
    download: timing.responseEnd - timing.responseStart,
    simulatorTotal: sim?.total ?? NaN,
    afterLastByte: done - timing.responseEnd,
    total: done - origin,
  }
}

const WHERE_ROWS = [
  ['beforeRequest', 'start → request sent'],
  ['toSimulator', 'request sent → simulator has it (proxy; Node busy)'],
  ['arrival', '  (start → simulator has it)'],
  ['simulatorFirstByte', 'simulator: request → first byte ready'],
  ['proxyFirstByte', 'first byte written → first byte in the page (proxy)'],
  ['download', 'first byte → last byte in the page'],
  ['simulatorTotal', '  (simulator: request → last byte written)'],
  ['afterLastByte', 'last byte → first rows (page) / parsed (floor)*'],
  ['total', 'total'],
]

function whereText(where) {
  if (!where) return 'no Resource Timing entry'
  return WHERE_ROWS.filter(([key]) => key !== 'total')
    .map(([key]) => `${key} ${Math.round(where[key])}`)
    .join(', ')
}

/** Starts recording main-thread tasks of 50 ms or more (Chromium's long tasks). */
async function recordLongTasks(page) {
  await page.evaluate(() => {
    window.__benchLongTasks = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration)
    })
    observer.observe({ entryTypes: ['longtask'] })
    window.__benchStopLongTasks = () => observer.disconnect()
  })
}

async function longTasks(page) {
  return page.evaluate(() => {
    window.__benchStopLongTasks()
    return window.__benchLongTasks
  })
}

/** One keystroke in the search box: keydown → the rows' DOM changes, and → the frame after that. */
async function measureKeystroke(page, key) {
  await page.evaluate(() => {
    const table = document.querySelector('[data-testid="jobs-table"]')?.parentElement ?? document.body
    const input = document.querySelector('[data-testid="jobs-search"]')
    window.__benchKey = new Promise((resolve) => {
      let start = 0
      input.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true })
      const observer = new MutationObserver((mutations) => {
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

/**
 * The page's main-thread tasks in a Chrome trace: wall time and the thread's own CPU time. On a machine whose
 * cores are shared with other work, wall time stretches with the wait for a core; CPU time is what the page
 * itself spent.
 */
function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString()).traceEvents
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) return []
  return events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask')
    .map((e) => ({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 }))
}

async function round(browser, token, servers, options = {}) {
  const groups = { simulator: servers.simulator.pid, preview: servers.preview.pid }
  const logged = servers.simulator.jobLines.length
  const before = cpuSnapshot(groups)
  const opened = await openJobs(browser, token, options)
  const cpu = cpuBetween(before, cpuSnapshot(groups))
  const { context, page, nav, profile } = opened
  // The simulator logs the page's jobs answer (its one jobs request) when it has written it.
  const sim = await simulatorLog(servers.simulator, logged)
  const where = whereTimeWent(nav.timing, 0, nav.firstRows, sim, nav.timeOrigin)
  await settle(page)
  const floor = await measureFloor(page, servers.simulator)
  await page.getByRole('textbox', { name: 'Search' }).focus()
  await recordLongTasks(page)
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] })
  const keys = []
  for (const key of KEYSTROKES) {
    const sample = await measureKeystroke(page, key)
    if (sample) keys.push(sample)
  }
  const traced = mainThreadTasks(await browser.stopTracing())
  const tasks = await longTasks(page)
  await context.close()
  const longest = traced.reduce((a, b) => (b.wall > a.wall ? b : a), { wall: 0, cpu: 0 })
  const longestCpu = Math.max(0, ...traced.map((t) => t.cpu))
  return {
    nav,
    floor,
    ratio: nav.firstRows / floor.ms,
    keys,
    tasks,
    longest,
    longestCpu,
    profile,
    where,
    cpu,
    load: (await import('node:os')).loadavg()[0],
  }
}

/** Medians of where the time went, page beside floor, and of the CPU each process used during the cold load. */
function logWhereTimeWent(rounds) {
  const med = (values) => {
    const known = values.filter((v) => Number.isFinite(v))
    return known.length ? Math.round(median(known)).toString() : '–'
  }
  log('')
  log(
    'where the time went, medians in ms                      page (from navigation)   floor (from its fetch)',
  )
  for (const [key, label] of WHERE_ROWS) {
    const page = med(rounds.map((r) => r.where?.[key]))
    const floor = med(rounds.map((r) => r.floor.where?.[key]))
    log(`  ${label.padEnd(54)} ${page.padStart(8)}                 ${floor.padStart(8)}`)
  }
  log(
    '  * without a Resource Timing entry (a request made in a worker): from the simulator’s last byte written',
  )
  const cpus = rounds.map((r) => r.cpu).filter(Boolean)
  if (cpus.length) {
    const names = Object.keys(cpus[0]).filter((k) => !['wall', 'cores'].includes(k))
    log(
      `CPU during the cold load (navigation → first rows seen), medians: ` +
        `${names.map((k) => `${k} ${med(cpus.map((c) => c[k]))}`).join(', ')} ms ` +
        `of ${cpus[0].cores} cores × ${med(cpus.map((c) => c.wall))} ms`,
    )
  }
}

/** Runs the HTTP bench and prints its report. */
/** The contract check's cost on the page; the job list's is made in the job index's worker, as it is read. */
function checkText(value) {
  return value === null ? 'in the worker (part of its time in the traced round)' : ms(value)
}

export async function runHttpBench() {
  buildConsole(outDir, { SCV_URL: simURL })
  const simulator = await startSimulator()
  const preview = await serveBuild(outDir, port, { SCV_URL: simURL })
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  })
  try {
    const token = await signIn()
    const servers = { simulator, preview }
    if (SPLIT_CORES) {
      // The appliance and the web server on one core, the operator's browser (and this driver) on the other, as
      // if they were different machines; other people's processes still use both.
      const split =
        pinToCore([simulator.pid, preview.pid], 1) && pinToCore(ownProcesses([simulator.pid, preview.pid]), 0)
      log(
        split
          ? 'split cores: simulator + vite preview on CPU 1, Chromium + the bench on CPU 0'
          : 'split cores: could not pin (taskset missing or one core); running unpinned',
      )
    }
    log('warm-up round (not reported) …')
    await round(browser, token, servers)
    const rounds = []
    for (let i = 0; i < ROUNDS; i++) rounds.push(await round(browser, token, servers))
    // One more, traced, to say where the time after the answer goes (tracing slows the page a little).
    const traced = await round(browser, token, servers, { trace: true })

    log('')
    log(
      `jobs page over HTTP: ${rounds[0].floor.count.toLocaleString('en')} jobs, production build, ${ROUNDS} rounds`,
    )
    rounds.forEach(({ nav, floor, ratio, keys, tasks, longestCpu, where, cpu, load }, i) => {
      log(
        `round ${i + 1}: first rows ${ms(nav.firstRows)} (request sent ${ms(nav.requestStart ?? NaN)}, ` +
          `answer in ${ms((nav.responseEnd ?? NaN) - (nav.requestStart ?? NaN))} (first byte after ${ms((nav.responseStart ?? NaN) - (nav.requestStart ?? NaN))}), rows ${ms(nav.firstRows - (nav.responseEnd ?? NaN))} after it)` +
          `  floor ${ms(floor.ms)}  ratio ${ratio.toFixed(2)}  keys median ${ms(median(keys.map((k) => k.dom)))}` +
          `  longest task while typing ${tasks.length ? ms(Math.max(...tasks)) : '< 50 ms'} (CPU ${ms(longestCpu)})` +
          `  contract check ${checkText(nav.check)}`,
      )
      log(`  page  (ms from navigation): ${whereText(where)}`)
      log(`  floor (ms from its fetch):  ${whereText(floor.where)}`)
      log(`  CPU while the page loaded:  ${cpuText(cpu)}; load average ${load.toFixed(1)}`)
    })
    const keys = rounds.flatMap((r) => r.keys)
    const tasks = rounds.flatMap((r) => r.tasks)
    const ratios = rounds.map((r) => r.ratio)
    log('')
    log(`first rows, median                ${ms(median(rounds.map((r) => r.nav.firstRows)))}`)
    log(`floor (fetch + JSON.parse), median ${ms(median(rounds.map((r) => r.floor.ms)))}`)
    const checks = rounds.map((r) => r.nav.check).filter((check) => check !== null)
    log(`contract check of the answer, median ${checkText(checks.length ? median(checks) : null)}`)
    log(
      `ratio, median                     ${median(ratios).toFixed(2)}  (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})   target ≤ 1.3`,
    )
    log(
      `keystroke → updated rows          median ${ms(median(keys.map((k) => k.dom)))}, p95 ${ms(
        percentile(
          keys.map((k) => k.dom),
          95,
        ),
      )}` +
        ` (next frame: median ${ms(median(keys.map((k) => k.frame)))}, p95 ${ms(
          percentile(
            keys.map((k) => k.frame),
            95,
          ),
        )}), ${keys.length} keystrokes   targets ≤ 50 / ≤ 80 ms`,
    )
    log(
      `longest main-thread task typing   ${tasks.length ? `${ms(Math.max(...tasks))} (${tasks.length} tasks ≥ 50 ms)` : 'none ≥ 50 ms'}   target: none over 50 ms`,
    )
    const cpu = rounds.map((r) => r.longestCpu)
    log(
      `  the same in CPU time (trace)     longest ${ms(Math.max(...cpu))}, median of rounds ${ms(median(cpu))}` +
        ' (the page’s own work, without the wait for a core on a busy machine)',
    )
    const { worker, main, whole } = traced.profile
    log(
      `traced extra round: answer end → first rows ${ms(traced.nav.firstRows - traced.nav.responseEnd)}; in it the worker ` +
        `ran ${ms(worker.wall)} (CPU ${ms(worker.cpu)}, longest task ${ms(worker.longest)}), the main thread ` +
        `${main.tasks} tasks, ${ms(main.wall)} (CPU ${ms(main.cpu)})`,
    )
    log(
      `  the whole cold load (navigation → first rows ${ms(traced.nav.firstRows)}): the main thread ran ` +
        `${whole.main.tasks} tasks, CPU ${ms(whole.main.cpu)}; the worker CPU ${ms(whole.worker.cpu)}` +
        ` (Chromium's other threads and processes: the CPU line of each round)`,
    )
    logWhereTimeWent(rounds)
    const load = (await import('node:os')).loadavg()[0]
    log(`machine load average (1 min) at the end: ${load.toFixed(1)}`)
  } finally {
    await browser.close()
    stop(preview)
    stop(simulator)
  }
}
