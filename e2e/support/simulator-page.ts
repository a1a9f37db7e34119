import { expect, type Page } from '@playwright/test'

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
