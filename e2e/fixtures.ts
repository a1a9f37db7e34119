import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { JobsPage } from './pages/jobs-page'
import { PoliciesPage } from './pages/policies-page'
import { ResourceGroupsPage } from './pages/resource-groups-page'
import { RestorePages } from './pages/restore-pages'
import { Shell } from './pages/shell'
import { StorageSystemsPage } from './pages/storage-systems-page'

/**
 * Chromium logs every 4xx/5xx response as "Failed to load resource"; those are the network's words, not the
 * console's, and tests that provoke them assert on what the user sees instead.
 */
const IGNORED_CONSOLE = [
  /Failed to load resource: the server responded with a status of [45]\d\d/,
  // The simulator's networkError fails the request itself (no answer at all), which Chromium logs as this.
  /Failed to load resource: net::ERR_FAILED/,
]

interface Fixtures {
  /** Fails the test on any uncaught error or console.error in the page (auto). */
  consoleGuard: void
  /** Runs axe on the current page and fails on serious or critical violations. */
  expectAccessible: (label?: string) => Promise<void>
  /** Page objects on the test's page: a spec asks for the ones it drives instead of constructing them. */
  shell: Shell
  jobsPage: JobsPage
  policiesPage: PoliciesPage
  resourceGroupsPage: ResourceGroupsPage
  restorePages: RestorePages
  storageSystemsPage: StorageSystemsPage
}

export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (IGNORED_CONSOLE.some((pattern) => pattern.test(text))) return
        problems.push(`console.error: ${text}`)
      })
      await use()
      expect(problems, 'uncaught errors or console errors in the page').toEqual([])
    },
    { auto: true },
  ],
  expectAccessible: async ({ page }, use) => {
    await use(async (label = page.url()) => {
      expect(await seriousAxeViolations(page), `axe serious/critical violations on ${label}`).toEqual([])
    })
  },
  shell: async ({ page }, use) => use(new Shell(page)),
  jobsPage: async ({ page }, use) => use(new JobsPage(page)),
  policiesPage: async ({ page }, use) => use(new PoliciesPage(page)),
  resourceGroupsPage: async ({ page }, use) => use(new ResourceGroupsPage(page)),
  restorePages: async ({ page }, use) => use(new RestorePages(page)),
  storageSystemsPage: async ({ page }, use) => use(new StorageSystemsPage(page)),
})

export { expect }

export { SIMULATOR_USER, signIn, simulator } from './support/simulator-page'

/**
 * axe's serious and critical findings on the current page (rule, help and up to five targets each); `rules`
 * limits the run to those rules.
 */
export async function seriousAxeViolations(page: Page, rules?: string[]) {
  const builder = new AxeBuilder({ page })
  const results = await (rules ? builder.withRules(rules) : builder).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }))
}
