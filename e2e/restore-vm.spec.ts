import { test, expect, signIn, simulator, SIMULATOR_USER } from './fixtures'
import { InteractionCounter, W6_CALLS } from './pages/restore-pages'

// A VM of the deterministic seed that is in RG_Finance_DB and has a hundred-odd backups.
const VM = '財務-db01'

/** Each W6 call once, in W6's order. */
function expectW6InOrder(calls: string[]) {
  expect(calls).toHaveLength(4)
  W6_CALLS.forEach((pattern, index) => expect(calls[index]).toMatch(pattern))
}

test('from the backups drawer to a running restore in three interactions: exactly W6, in order, and the job completes', async ({
  page,
  expectAccessible,
  restorePages: restore,
}) => {
  test.setTimeout(180_000)
  const interactions = await InteractionCounter.install(page)
  await signIn(page, '/backups')
  await simulator(page, 'clearRequests')
  await restore.pickVmInBrowser(VM)
  await expectAccessible('backups browser (light)')

  await interactions.reset()
  await restore.openNewestBackup(VM)
  await restore.restoreNewestFromDrawer()
  // The review lists every default taken, each with its reason and a way to change it.
  await expect(page.getByRole('group', { name: /Chosen for you/ })).toContainText(
    'the newest that can be restored',
  )
  await expect(restore.restoreButton()).toBeFocused()
  await expectAccessible('restore review (light)')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Restore job \d+/ })).toBeVisible()
  expect(await interactions.list()).toHaveLength(3)

  expectW6InOrder(await restore.w6Calls())
  // Every other call was a read (inventory, jobs, the drawer's details): W6 is the only change to the appliance.
  expect(
    (await restore.requests()).filter((line) => !line.startsWith('GET') && !W6_CALLS[3]?.test(line)),
  ).toEqual([])
  await expect(page.getByText(/^(Successful|Warning)$/)).toBeVisible({ timeout: 120_000 })
  await expect(page.getByRole('button', { name: 'Add back to RG_Finance_DB' })).toBeVisible()
  await expectAccessible('restore result')
})

test('from the Restore VM page with no VM to a running restore in at most six interactions, by keyboard', async ({
  page,
  expectAccessible,
  restorePages: restore,
}) => {
  test.setTimeout(120_000)
  const interactions = await InteractionCounter.install(page)
  await signIn(page, '/')
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Restore VM' })
    .click()
  const picker = page.getByRole('textbox', { name: 'VM to restore' })
  await expect(picker).toBeFocused()
  await simulator(page, 'clearRequests')
  await interactions.reset()

  await picker.fill(VM)
  await expect(page.getByRole('option', { name: new RegExp(`^${VM}`) }).first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(restore.step(2)).toBeFocused()
  await expect(page.getByRole('note', { name: 'Chosen for you' })).toContainText(
    'the newest that can be restored',
  )
  await expectAccessible('restore step 2 (light)')
  // Enter is Next until the review; a step with nothing to decide is passed through on the way.
  for (let presses = 0; presses < 3 && !(await restore.restoreButton().isVisible()); presses += 1) {
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('button', { name: 'Next', exact: true }).or(restore.restoreButton()),
    ).toBeEnabled()
  }
  await expect(restore.restoreButton()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Restore job \d+/ })).toBeVisible()

  const counted = await interactions.list()
  expect(counted.length, counted.join('\n')).toBeLessThanOrEqual(6)
  expectW6InOrder(await restore.w6Calls())
})

test('the token expires on the review; after signing in again the restore is sent once, with every choice kept', async ({
  page,
  expectAccessible,
  restorePages: restore,
}) => {
  test.setTimeout(180_000)
  await signIn(page, '/backups')
  await restore.pickVmInBrowser(VM)
  await restore.openNewestBackup(VM)
  await restore.restoreNewestFromDrawer()

  // Every step before the review can be reached with Back, defaults shown; check them light and dark.
  await restore.back()
  await expect(restore.step(4)).toBeVisible()
  const hostInput = page.getByRole('combobox', { name: /Destination ESXi host/ })
  // The option reads "host (cluster c)"; the review names the host alone.
  const host = (await hostInput.inputValue()).replace(/ \(cluster .*\)$/, '')
  expect(host).not.toBe('')
  await expectAccessible('restore step 4 (light)')
  await restore.toggleDarkMode()
  await expectAccessible('restore step 4 (dark)')
  await restore.back()
  await expect(restore.step(3)).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Primary snapshot' })).toBeChecked()
  await expectAccessible('restore step 3 (dark)')
  await restore.toggleDarkMode()
  await restore.next()
  await restore.next()
  await expect(restore.step(5)).toBeVisible()

  await simulator(page, 'clearRequests')
  await simulator(page, 'expireTokens')
  const signInPrompt = page.getByText('Your SCV session ended. Sign in again to return to where you were.')
  // The next call meets the 401: the Restore itself, or the header's job poll if it comes first.
  await expect(signInPrompt.or(restore.restoreButton())).toBeVisible()
  if (await restore.restoreButton().isVisible()) await restore.restoreButton().click()
  await expect(signInPrompt).toBeVisible({ timeout: 30_000 })
  await page.getByLabel('vCenter user name').fill(SIMULATOR_USER.username)
  await page.getByRole('textbox', { name: 'Password' }).fill(SIMULATOR_USER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()

  // Back on the review, with every choice kept.
  await expect(restore.step(5)).toBeVisible()
  await expect(page.getByRole('cell', { name: host, exact: true })).toBeVisible()
  await restore.restoreButton().click()
  await expect(page.getByRole('heading', { name: /Restore job \d+/ })).toBeVisible()
  // Every token had expired, so any restore before the new sign-in was refused; after it, exactly one was sent.
  const lines = await restore.requests()
  const signedInAgain = lines.lastIndexOf('POST /4.1/auth/login')
  expect(signedInAgain).toBeGreaterThanOrEqual(0)
  expect(lines.slice(signedInAgain).filter((line) => W6_CALLS[3]?.test(line))).toHaveLength(1)
})
