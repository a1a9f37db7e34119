import { test, expect, signIn, simulator } from './fixtures'
import { InteractionCounter } from './pages/restore-pages'

// A datastore of RG_NFS_Dev: nothing of it is mounted in the seed.
const DATASTORE = 'nfs_ds05'

/** W11's four calls, in order: the backups, the snapshot locators, the hosts, the mount. */
const W11_CALLS = [
  /^GET \/4\.1\/datastores\/datastore-\d+\/backups$/,
  /^GET \/4\.1\/datastores\/backups\/\d+\/snapshotlocators$/,
  /^GET \/4\.1\/datastores\/datastore-\d+\/availableEsxHosts$/,
  /^POST \/4\.1\/datastores\/backups\/\d+\/mount$/,
]

test('mount a datastore backup by name in at most six interactions (exactly W11), see it on /mounts, unmount it, gone', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(240_000)
  const interactions = await InteractionCounter.install(page)
  const darkMode = page.getByRole('button', { name: /Switch to (dark|light) mode/ })
  // Jobs end after a second, so the mount and the unmount are followed to their end without waiting 5 s each.
  // Straight to the wizard: the mounts page would already have read the datastore's backups (W11 step 2).
  await signIn(page, '/mounts/mount?simFault=fastJobs,ms=1000')

  const picker = page.getByRole('textbox', { name: 'Datastore to mount a backup of' })
  await expect(picker).toBeFocused()
  // Checked with the picker's list closed: the shared picker's open list has no name of its own (in the notes).
  await page.keyboard.press('Escape')
  await expectAccessible('mount wizard step 1 (light)')
  await simulator(page, 'clearRequests')
  await interactions.reset()

  await picker.fill(DATASTORE)
  await expect(page.getByRole('option', { name: new RegExp(`^${DATASTORE}`) }).first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Step 2 of 5/ })).toBeFocused()
  const mount = page.getByRole('button', { name: 'Mount', exact: true })
  // Enter is Next until the review; a step with nothing to decide is passed through on the way.
  for (let presses = 0; presses < 3 && !(await mount.isVisible()); presses += 1) {
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Next', exact: true }).or(mount)).toBeEnabled()
  }
  await expect(mount).toBeFocused()
  const toReview = await interactions.list()
  await expectAccessible('mount review (light)')
  await darkMode.click()
  await expectAccessible('mount review (dark)')
  await mount.focus()
  await interactions.reset()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Mount job \d+/ })).toBeVisible()

  // The dark-mode check between the review and Mount is not on the user's way to the mount: not counted.
  const counted = [...toReview, ...(await interactions.list())]
  expect(counted.length, counted.join('\n')).toBeLessThanOrEqual(6)
  const log = await simulator<Array<{ method: string; path: string }>>(page, 'requests')
  const w11 = log
    .map((entry) => `${entry.method} ${entry.path.replace(/^\/api/, '')}`)
    .filter((line) => W11_CALLS.some((call) => call.test(line)))
  expect(w11).toHaveLength(4)
  W11_CALLS.forEach((pattern, index) => expect(w11[index]).toMatch(pattern))

  await expect(page.getByText(/^(Successful|Warning)$/)).toBeVisible({ timeout: 60_000 })
  await page.getByRole('link', { name: 'See everything mounted' }).click()
  const row = page.getByRole('row', { name: new RegExp(`^${DATASTORE}_mnt_`) })
  await expect(row).toBeVisible({ timeout: 30_000 })
  await expectAccessible('mounts page (dark)')
  await darkMode.click()
  await expectAccessible('mounts page (light)')

  await row.getByRole('button', { name: /^Unmount / }).click()
  const dialog = page.getByRole('dialog', { name: 'Unmount 1 datastore' })
  await dialog.getByRole('checkbox', { name: 'I understand: unmount this datastore' }).check()
  await expectAccessible('unmount confirmation (light)')
  await dialog.getByRole('button', { name: 'Unmount', exact: true }).click()
  await expect(page.getByText('Unmount started')).toBeVisible()
  await expect(row).toHaveCount(0, { timeout: 60_000 })
})
