// The dashboard and the backup-job report at the simulator's large seed (100,000 jobs), for `npm run bench`.
//
// For each page, in a fresh tab: sign in at the page's URL (the in-page simulator seeds while answering the
// login), then time from the login answer to the page's first meaningful content — the dashboard's job sections
// (`dashboard:jobs-ready`), the report's rows (`reports:first-rows`) — against the floor: fetch + JSON.parse of
// the same `GET /api/4.1/jobs` in the same page. Also the console's own aggregation measures and the longest
// main-thread task after the answer arrived (JSON.parse of 38 MB is one of them, and part of the floor).

const PAGES = [
  {
    name: 'dashboard',
    path: '/',
    mark: 'dashboard:jobs-ready',
    measures: ['jobs:report-index', 'dashboard:aggregate'],
  },
  {
    name: 'backup-job report (7 days)',
    path: '/reports/backup-jobs',
    mark: 'reports:first-rows',
    measures: ['jobs:report-index', 'reports:job-rows'],
  },
  {
    name: 'backup-job report (90 days)',
    path: '/reports/backup-jobs?range=90d',
    mark: 'reports:first-rows',
    measures: ['jobs:report-index', 'reports:job-rows'],
  },
]

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const ms = (value) => `${value.toFixed(1)} ms`

async function measurePage(browser, baseURL, target) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(() => {
    window.__benchTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__benchTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  const page = await context.newPage()
  const separator = target.path.includes('?') ? '&' : '?'
  await page.goto(`${baseURL}${target.path}${separator}simScale=large`)
  await page.getByLabel('vCenter user name').fill('administrator@vsphere.local')
  await page.locator('input[type="password"]').fill('simulator')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, target.mark, {
    timeout: 180_000,
    polling: 50,
  })
  const timings = await page.evaluate(
    ({ mark, measures }) => {
      const resources = performance.getEntriesByType('resource')
      const login = resources.filter((entry) => entry.name.includes('/api/4.1/auth/login')).at(-1)
      const jobs = resources.filter((entry) => /\/api\/4\.1\/jobs(\?|$)/.test(entry.name)).at(0)
      const durations = Object.fromEntries(
        measures.map((name) => [
          name,
          performance.getEntriesByName(name).reduce((sum, e) => sum + e.duration, 0),
        ]),
      )
      const after = jobs ? jobs.responseEnd : 0
      const tasks = window.__benchTasks.filter((task) => task.start + task.duration >= after)
      return {
        ready: performance.getEntriesByName(mark)[0].startTime,
        loginEnd: login?.responseEnd ?? 0,
        requestStart: jobs?.startTime ?? null,
        responseEnd: jobs?.responseEnd ?? null,
        durations,
        longestTask: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
        tasksOver50: tasks.filter((task) => task.duration > 50).map((task) => Math.round(task.duration)),
      }
    },
    { mark: target.mark, measures: target.measures },
  )
  const floor = []
  for (let i = 0; i < 3; i++) {
    floor.push(
      await page.evaluate(async () => {
        const token = sessionStorage.getItem('scv.token') ?? ''
        const start = performance.now()
        const response = await fetch('/api/4.1/jobs', {
          headers: { Token: token, Accept: 'application/json' },
        })
        JSON.parse(await response.text())
        return performance.now() - start
      }),
    )
  }
  await context.close()
  return { ...timings, toReady: timings.ready - timings.loginEnd, floor: Math.min(...floor) }
}

/** Runs every page `rounds` times and returns the report's lines. */
export async function benchReportPages({ browser, baseURL, rounds = 3 }) {
  const lines = ['', 'dashboard and job reports at the large seed (100,000 jobs), fresh tab each round']
  for (const target of PAGES) {
    const results = []
    for (let round = 0; round < rounds; round++) results.push(await measurePage(browser, baseURL, target))
    const ratios = results.map((r) => r.toReady / r.floor)
    lines.push(`${target.name}  (${target.path})`)
    results.forEach((r, i) => {
      const parts = Object.entries(r.durations).map(([name, value]) => `${name} ${ms(value)}`)
      lines.push(
        `  round ${i + 1}: login answer → content ${ms(r.toReady)}; floor ${ms(r.floor)}; ratio ${(r.toReady / r.floor).toFixed(2)}` +
          (r.responseEnd !== null ? `; response end → content ${ms(r.ready - r.responseEnd)}` : ''),
      )
      lines.push(
        `           ${parts.join('; ')}; longest task after the answer ${ms(r.longestTask)} (tasks > 50 ms: ${r.tasksOver50.join(', ') || 'none'})`,
      )
    })
    lines.push(
      `  median: content ${ms(median(results.map((r) => r.toReady)))}, floor ${ms(median(results.map((r) => r.floor)))}, ratio ${median(ratios).toFixed(2)}`,
    )
  }
  return lines
}
