import { test, expect, signIn, simulator, SIMULATOR_USER } from './fixtures'
import { RestorePages } from './pages/restore-pages'

// A VM of the deterministic seed that is in RG_Finance_DB and has a hundred-odd backups.
const VM = '財務-db01'
const W6 = /^(GET|POST) \/4\.1\/vm\//

test('restore a VM found by name from the backups browser: exactly W6, in order, and the job completes', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(180_000)
  const restore = new RestorePages(page)
  await signIn(page, '/backups')
  await simulator(page, 'clearRequests')
  await restore.pickVmInBrowser(VM)
  await expectAccessible('backups browser (light)')

  await restore.restoreNewest(VM)
  await expectAccessible('restore step 2 (light)')
  await restore.next()
  await expect(restore.step(3)).toBeFocused()
  await page.getByRole('radio', { name: 'Primary snapshot' }).check()
  await expectAccessible('restore step 3')
  await restore.next()
  await expect(restore.step(4)).toBeVisible()
  await restore.chooseFirstHost()
  await expectAccessible('restore step 4 (light)')
  await restore.toggleDarkMode()
  await expectAccessible('restore step 4 (dark)')
  await restore.toggleDarkMode()
  await restore.next()
  await expect(restore.step(5)).toBeVisible()
  await expect(page.getByText(/is not added back to its resource groups/)).toBeVisible()
  await expectAccessible('restore review')

  await page.getByRole('button', { name: 'Restore', exact: true }).dblclick()
  await expect(page.getByRole('heading', { name: /Restore job \d+/ })).toBeVisible()

  const w6 = (await restore.requests()).filter((line) => W6.test(line))
  expect(w6).toHaveLength(4)
  expect(w6[0]).toMatch(/^GET \/4\.1\/vm\/vm-\d+\/backups$/)
  expect(w6[1]).toMatch(/^GET \/4\.1\/vm\/backups\/\d+\/snapshotlocations$/)
  expect(w6[2]).toMatch(/^GET \/4\.1\/vm\/vm-\d+\/backups\/availableesxhosts$/)
  expect(w6[3]).toMatch(/^POST \/4\.1\/vm\/vm-\d+\/backups\/\d+\/restore$/)
  // Every other call was a read (inventory, jobs): W6 is the only thing that changed the appliance.
  expect((await restore.requests()).filter((line) => !line.startsWith('GET') && !W6.test(line))).toEqual([])

  await expect(page.getByText(/^(Successful|Warning)$/)).toBeVisible({ timeout: 120_000 })
  await expect(page.getByRole('button', { name: 'Add back to RG_Finance_DB' })).toBeVisible()
  await expectAccessible('restore result')
})

test('the token expires at step 4; after signing in again the restore finishes with every choice kept', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const restore = new RestorePages(page)
  await signIn(page, '/backups')
  await restore.pickVmInBrowser(VM)
  await restore.restoreNewest(VM)
  await restore.next()
  await page.getByRole('radio', { name: 'Primary snapshot' }).check()
  await restore.next()
  await restore.chooseFirstHost()
  // The option reads "host (cluster c)"; the review names the host alone.
  const host = (await page.getByRole('combobox', { name: /Destination ESXi host/ }).inputValue()).replace(
    / \(cluster .*\)$/,
    '',
  )

  await simulator(page, 'expireTokens')
  // The next call meets the 401: the Restore itself, or the header's job poll if it comes first.
  const signInPrompt = page.getByText('Your SCV session ended. Sign in again to return to where you were.')
  const restoreButton = page.getByRole('button', { name: 'Restore', exact: true })
  await restore.next()
  await expect(signInPrompt.or(restoreButton)).toBeVisible()
  if (await restoreButton.isVisible()) await restoreButton.click()
  await expect(signInPrompt).toBeVisible({ timeout: 30_000 })
  await page.getByLabel('vCenter user name').fill(SIMULATOR_USER.username)
  await page.getByRole('textbox', { name: 'Password' }).fill(SIMULATOR_USER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()

  // Back in the wizard on the step it left, with every choice kept.
  await expect(page.getByRole('heading', { name: /Step [45] of 5/ })).toBeVisible()
  if (await restore.step(4).isVisible()) {
    await expect(page.getByRole('combobox', { name: /Destination ESXi host/ })).toHaveValue(
      new RegExp(`^${host}`),
    )
    await restore.next()
  }
  await expect(restore.step(5)).toBeVisible()
  await expect(page.getByRole('cell', { name: host })).toBeVisible()
  await page.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(page.getByRole('heading', { name: /Restore job \d+/ })).toBeVisible()
  const posts = (await restore.requests()).filter((line) => /^POST .*\/restore$/.test(line))
  // At most the refused (401) attempt and the one that started the job: never a second restore.
  expect(posts.length).toBeGreaterThanOrEqual(1)
  expect(posts.length).toBeLessThanOrEqual(2)
})
