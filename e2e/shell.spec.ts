import { test, expect, signIn, simulator, SIMULATOR_USER } from './fixtures'

test('signs in, shows the shell, switches colour scheme, and signs out', async ({
  page,
  expectAccessible,
  shell,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Sign in to SCV Console' })).toBeVisible()
  await expectAccessible('sign-in page')

  await signIn(page)
  await expect(page.getByRole('banner')).toContainText('SCV Console')
  await expect(page.getByTestId('appliance-badge')).toHaveText('Simulator')
  await expect(shell.main.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Resource groups' })).toContainText(/\d+/)
  await expectAccessible('dashboard, light')
  // The active navigation link keeps its contrast under the pointer too.
  await shell.navigation.getByRole('link', { name: 'Dashboard' }).hover()
  await expectAccessible('dashboard, light, hovering the active link')

  const before = await shell.colorScheme()
  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).not.toBe(before)
  // Dark (or light) must hold for every page, so check the other scheme too.
  await expectAccessible(`dashboard, ${await shell.colorScheme()}`)

  const signedInToken = await page.evaluate(() => sessionStorage.getItem('scv.token'))
  expect(signedInToken).toBeTruthy()
  await shell.signOut()
  await expect(page.getByText('You have signed out.')).toBeVisible()
  await expect(page.getByText(/the appliance ends the session by itself/)).toBeVisible()
  // Forgotten everywhere the tab kept it, the simulator's own store included.
  const stored = await page.evaluate(() => Object.values(sessionStorage).join('\n'))
  expect(stored).not.toContain(signedInToken)
  // The token is gone: going back into the console asks for sign-in again.
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Sign in to SCV Console' })).toBeVisible()
  const token = await page.evaluate(() => sessionStorage.getItem('scv.token'))
  expect(token).toBeNull()
})

test('an expired token returns to sign-in and, after signing in again, to the same page and query', async ({
  page,
}) => {
  await signIn(page)
  await simulator(page, 'expireTokens')
  await page.goto('/?view=kept')
  await expect(
    page.getByText('Your SCV session ended. Sign in again to return to where you were.'),
  ).toBeVisible()
  await page.getByLabel('vCenter user name').fill(SIMULATOR_USER.username)
  await page.getByRole('textbox', { name: 'Password' }).fill(SIMULATOR_USER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  expect(new URL(page.url()).search).toBe('?view=kept')
})

test('switches to Traditional Chinese and remembers it', async ({ page, expectAccessible, shell }) => {
  await signIn(page)
  await shell.chooseLanguage('繁體中文')
  const navigationZh = page.getByRole('navigation', { name: '主要導覽' })
  await expect(navigationZh.getByRole('link', { name: '儀表板' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW')
  await page.reload()
  await expect(navigationZh.getByRole('link', { name: '儀表板' })).toBeVisible()
  await expectAccessible('dashboard in zh-TW')
  await shell.chooseLanguage('English')
  await expect(shell.navigation.getByRole('link', { name: 'Dashboard' })).toBeVisible()
})

test('an unknown address shows a not-found page inside the shell', async ({
  page,
  expectAccessible,
  shell,
}) => {
  await signIn(page)
  await page.goto('/does/not/exist')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(shell.navigation).toBeVisible()
  await expectAccessible('not found')
})
