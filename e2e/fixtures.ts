import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/**
 * Chromium logs every 4xx/5xx response as "Failed to load resource"; those are the network's words, not the
 * console's, and tests that provoke them assert on what the user sees instead.
 */
const IGNORED_CONSOLE = [/Failed to load resource: the server responded with a status of [45]\d\d/]

interface Fixtures {
  /** Fails the test on any uncaught error or console.error in the page (auto). */
  consoleGuard: void
  /** Runs axe on the current page and fails on serious or critical violations. */
  expectAccessible: (label?: string) => Promise<void>
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
      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        }))
      expect(serious, `axe serious/critical violations on ${label}`).toEqual([])
    })
  },
})

export { expect }

/** The simulator's sign-in. */
export const SIMULATOR_USER = { username: 'administrator@vsphere.local', password: 'simulator' }

/** Signs in through the UI and waits for the shell. */
export async function signIn(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await page.getByLabel('vCenter user name').fill(SIMULATOR_USER.username)
  await page.getByRole('textbox', { name: 'Password' }).fill(SIMULATOR_USER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()
}

/** The simulator's test hooks (window.__scvSimulator), for setting scenarios and reading the request log. */
export async function simulator<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, rest]) => {
      const sim = (window as unknown as { __scvSimulator: Record<string, (...a: unknown[]) => unknown> })
        .__scvSimulator
      const target = sim[name as string]
      if (typeof target !== 'function')
        throw new Error(`window.__scvSimulator.${String(name)} is not a function`)
      return target(...(rest as unknown[]))
    },
    [fn, args] as const,
  ) as Promise<T>
}
