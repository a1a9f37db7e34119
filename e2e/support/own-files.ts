import { expect, type Page } from '@playwright/test'

/** The appliance's API and the simulator's control endpoints: answers there are data, not the page's files. */
function isApplianceCall(url: URL): boolean {
  return url.pathname.startsWith('/api/') || url.pathname.startsWith('/__sim/')
}

/**
 * Records every request for the page's own files (HTML, modules, styles, fonts, the service worker) that
 * failed or was answered with an error — what turned `npm start` into a white page when the simulator
 * answered `/src/features/auth/api/mutations.ts` with a 401.
 */
export function watchOwnFiles(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = []
  const own = (raw: string) => {
    const url = new URL(raw)
    return url.origin === origin && !isApplianceCall(url) ? url.pathname : null
  }
  page.on('response', (response) => {
    const path = own(response.url())
    if (path && response.status() >= 400) problems.push(`${response.status()} for ${path}`)
  })
  page.on('requestfailed', (request) => {
    const path = own(request.url())
    const reason = request.failure()?.errorText ?? 'failed'
    // ERR_ABORTED is the browser cancelling a load because the page moved on (the test's next goto); a file
    // the server refused shows up above as its status.
    if (path && reason !== 'net::ERR_ABORTED') problems.push(`${reason} for ${path}`)
  })
  return { problems }
}

/**
 * Opens the console's first page and expects the sign-in form, not a white page or the start-failure page;
 * on failure the message lists the page's own files that failed (the cause, not just the symptom).
 */
export async function expectConsoleStarts(page: Page, url: string, ownFiles: { problems: string[] }) {
  await page.goto(url)
  const signInHeading = page.getByRole('heading', { name: 'Sign in to SCV Console' })
  // A cold dev server transforms every module on first request: allow it the time a newcomer would wait.
  await expect(signInHeading.or(page.getByTestId('start-failure'))).toBeVisible({ timeout: 60_000 })
  expect(ownFiles.problems, "failed requests for the page's own files").toEqual([])
  await expect(signInHeading, 'the sign-in page').toBeVisible()
}

/**
 * Opens every page the navigation offers, one after another in the same signed-in tab, and checks that each
 * shows its heading, finishes loading and shows no error. Returns the paths it visited.
 */
export async function openEveryNavigationPage(page: Page): Promise<string[]> {
  const navigation = page.getByRole('navigation', { name: 'Main navigation' })
  const links = navigation.getByRole('link')
  await expect(links.first()).toBeVisible()
  const targets = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      href: new URL((anchor as HTMLAnchorElement).href).pathname,
      name: anchor.textContent?.trim() ?? '',
    })),
  )
  expect(targets.length, 'navigation links').toBeGreaterThan(3)
  const main = page.getByRole('main')
  for (const { href, name } of targets) {
    await navigation.getByRole('link', { name, exact: true }).click()
    await expect(page, `navigating to ${name}`).toHaveURL((url) => url.pathname.startsWith(href))
    await expect(main.getByRole('heading', { level: 1 }), `${name}: its heading`).toBeVisible()
    await expect(main.getByText('Loading…'), `${name}: finishes loading`).toHaveCount(0)
    await expect(main.getByRole('alert'), `${name}: shows no error`).toHaveCount(0)
  }
  return targets.map((target) => target.href)
}
