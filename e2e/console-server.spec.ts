import type { ChildProcess } from 'node:child_process'
import type { Page, Response } from '@playwright/test'
import { test, expect, SIMULATOR_USER } from './fixtures'
import { stopProcess } from './support/processes'
import {
  createPolicyOn,
  issuedTokens,
  setApplianceScenario,
  startConsoleServer,
  startSimulatedAppliance,
  stopSimulatedAppliance,
  type SimulatedAppliance,
} from './support/console-server'

/**
 * The production server (`npm run serve`) in front of two simulator processes standing in for two SCV
 * appliances: sign-in, switching, every page, the token kept away from the page, the security headers and
 * one appliance failing while the other keeps working. One page and one sign-in carry all the checks.
 */
// Beside the suite's own port, so two suites run side by side with different E2E_PORTs do not collide.
const SUITE_PORT = Number(process.env.E2E_PORT ?? 4_173)
const SERVER_PORT = SUITE_PORT + 1_079
const EAST_PORT = SUITE_PORT + 14_078
const WEST_PORT = SUITE_PORT + 14_079
const WEST_ONLY_POLICY = 'West_only_policy'

let east: SimulatedAppliance | undefined
let west: SimulatedAppliance | undefined
let server: ChildProcess | undefined
const base = `http://127.0.0.1:${SERVER_PORT}`

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ;[east, west] = await Promise.all([
    startSimulatedAppliance('east', 'East datacenter', EAST_PORT, 1),
    startSimulatedAppliance('west', 'West datacenter', WEST_PORT, 2),
  ])
  await createPolicyOn(west, WEST_ONLY_POLICY)
  server = await startConsoleServer('test-results/console-server', SERVER_PORT, [east, west])
})

test.afterAll(() => {
  stopProcess(server)
  stopSimulatedAppliance(east)
  stopSimulatedAppliance(west)
})

/** Everything the page receives from the server that is not a static file: what a token must never be in. */
function recordAnswers(page: Page): () => Promise<string[]> {
  const answers: Response[] = []
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/assets/')) answers.push(response)
  })
  return async () => {
    const texts: string[] = []
    for (const response of answers) {
      texts.push(JSON.stringify(await response.allHeaders()))
      // Redirects and aborted answers have no body to read.
      texts.push(await response.text().catch(() => ''))
    }
    return texts
  }
}

/** Counts securitypolicyviolation events across reloads (the binding survives navigations). */
async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  return violations
}

async function signInThroughForm(page: Page, appliances: string[]) {
  for (const label of appliances) await expect(page.getByRole('checkbox', { name: label })).toBeChecked()
  await page.getByLabel('vCenter user name').fill(SIMULATOR_USER.username)
  await page.getByRole('textbox', { name: 'Password' }).fill(SIMULATOR_USER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function switchTo(page: Page, label: string, { signedIn = true } = {}) {
  await page.getByTestId('appliance-switcher').click()
  await page.getByRole('menuitem', { name: new RegExp(label) }).click()
  if (signedIn) await expect(page.getByTestId('appliance-switcher')).toHaveText(label)
}

async function openPolicies(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Policies' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()
}

test('two appliances behind the console server: sessions, switching, every page, headers, failures', async ({
  page,
  context,
  expectAccessible,
  shell,
  resourceGroupsPage: groups,
}) => {
  test.setTimeout(240_000)
  const violations = await recordCspViolations(page)
  const answers = recordAnswers(page)

  await test.step('the page is served with strict security headers', async () => {
    const document = await page.goto(`${base}/`)
    const headers = document?.headers() ?? {}
    expect(headers['content-security-policy']).toMatch(/script-src 'self';/)
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(headers['content-security-policy']).not.toContain('unsafe')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['cache-control']).toContain('no-cache')
    await expect(page.getByRole('heading', { name: 'Sign in to SCV Console' })).toBeVisible()
    await expectAccessible('sign-in with two appliances')
  })

  await test.step('one sign-in reaches both appliances; the browser holds only an HttpOnly cookie', async () => {
    await signInThroughForm(page, ['East datacenter', 'West datacenter'])
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
    await expect(page.getByTestId('appliance-switcher')).toHaveText('East datacenter')
    const cookies = await context.cookies(base)
    expect(
      cookies.map(({ name, httpOnly, secure, sameSite, path }) => ({
        name,
        httpOnly,
        secure,
        sameSite,
        path,
      })),
    ).toEqual([{ name: '__Host-scvc', httpOnly: true, secure: true, sameSite: 'Strict', path: '/' }])
    expect(await page.evaluate(() => document.cookie)).toBe('')
  })

  await test.step('every page of the navigation opens, and one wizard', async () => {
    const links = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')
    const titles = await links.allTextContents()
    expect(titles.length).toBeGreaterThanOrEqual(7)
    const main = page.getByRole('main')
    for (const title of titles) {
      await links.filter({ hasText: title }).first().click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // Loaded, and without a failed section (every error offers Retry).
      await expect(main.locator('[role="status"] .mantine-Loader-root')).toHaveCount(0)
      await expect(main.getByRole('button', { name: 'Retry' })).toHaveCount(0)
    }
    await groups.openFromNav()
    await page.getByRole('link', { name: 'Create resource group' }).click()
    await groups.expectStep('General')
    await page.getByRole('textbox', { name: 'Name' }).fill('RG_Console_Server')
    await groups.next()
    await groups.expectStep('Resources')
  })

  await test.step('each appliance shows its own data; switching never mixes them', async () => {
    await openPolicies(page)
    await expect(page.getByRole('table', { name: 'Policies' }).getByRole('row').nth(1)).toBeVisible()
    await expect(page.getByText(WEST_ONLY_POLICY)).toHaveCount(0)
    await switchTo(page, 'West datacenter')
    await expect(page.getByText(WEST_ONLY_POLICY, { exact: true })).toBeVisible()
    await expectAccessible('policies with the appliance switcher')
    await switchTo(page, 'East datacenter')
    await expect(page.getByRole('table', { name: 'Policies' }).getByRole('row').nth(1)).toBeVisible()
    await expect(page.getByText(WEST_ONLY_POLICY)).toHaveCount(0)
  })

  await test.step('a deep link reloads to the same page; hashed assets are cached for good', async () => {
    await switchTo(page, 'West datacenter')
    await page.goto(`${base}/policies?q=West`)
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/policies?q=West')
    await expect(page.getByTestId('appliance-switcher')).toHaveText('West datacenter')
    const script = await page.locator('script[src^="/assets/"]').first().getAttribute('src')
    const asset = await page.request.get(`${base}${script}`)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  await test.step('no SCV token is ever readable by the page', async () => {
    const tokens = [...(await issuedTokens(east!)), ...(await issuedTokens(west!))]
    expect(tokens.length).toBeGreaterThanOrEqual(2)
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
    )
    const seen = [...(await answers()), storage]
    for (const token of tokens) expect(seen.filter((text) => text.includes(token))).toEqual([])
  })

  await test.step("one appliance's expired token asks for sign-in to it alone", async () => {
    await setApplianceScenario(west!, 'expireTokens')
    // A reload reads everything afresh from West, which now answers 401.
    await page.reload()
    await expect(page.getByText(/Your session on West datacenter ended/)).toBeVisible()
    // East is still signed in: the user may carry on there, or sign in to West again.
    await expect(page.getByRole('checkbox', { name: 'East datacenter' })).not.toBeChecked()
    await page.getByRole('button', { name: 'Continue with East datacenter instead' }).click()
    await expect(page.getByTestId('appliance-switcher')).toHaveText('East datacenter')
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()
    await switchTo(page, 'West datacenter', { signedIn: false })
    await signInThroughForm(page, ['West datacenter'])
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()
    await expect(page.getByTestId('appliance-switcher')).toHaveText('West datacenter')
  })

  await test.step('a stopped appliance is named with Retry while the other keeps working', async () => {
    stopSimulatedAppliance(west)
    await page.reload()
    const failure = page.getByRole('alert').filter({ hasText: 'West datacenter could not be reached' })
    await expect(failure).toBeVisible()
    await expect(failure.getByRole('button', { name: 'Retry' })).toBeVisible()
    await switchTo(page, 'East datacenter')
    await expect(page.getByRole('table', { name: 'Policies' }).getByRole('row').nth(1)).toBeVisible()
    await shell.colorSchemeToggle().click()
    await expect.poll(() => shell.colorScheme()).toBe('dark')
    await page.getByTestId('appliance-switcher').click()
    await expect(page.getByRole('menuitem', { name: /West datacenter/ })).toBeVisible()
    await expectAccessible('appliance switcher, dark')
    await page.keyboard.press('Escape')
  })

  await test.step('signing out ends every appliance session and drops the cookie', async () => {
    await shell.signOut()
    await expect(page.getByRole('heading', { name: 'Sign in to SCV Console' })).toBeVisible()
    await expect.poll(async () => (await context.cookies(base)).map((c) => c.name)).toEqual([])
    await page.goto(`${base}/jobs`)
    await expect(page.getByRole('heading', { name: 'Sign in to SCV Console' })).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'East datacenter' })).toBeChecked()
  })

  expect(violations, 'securitypolicyviolation events').toEqual([])
})
