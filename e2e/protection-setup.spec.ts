import { test, expect } from './fixtures'

/**
 * Protection setup, part 1: an administrator connects ONTAP storage and defines a policy. The journey goes on
 * (resource group with that policy, backup now) with the same page objects.
 */
test('add a storage system, then create a policy, with both pages accessible in light and dark mode', async ({
  page,
  expectAccessible,
  shell,
  storageSystemsPage: storage,
  policiesPage: policies,
  resourceGroupsPage,
}) => {
  // Seven axe scans and two writes: generous, since a loaded 2-core machine took over two minutes.
  test.setTimeout(240_000)
  // The resource-groups page object owns the sign-in through the form.
  await resourceGroupsPage.signIn()

  await storage.openFromNav()
  await expectAccessible('storage systems, light')
  const dialog = await storage.openAddDialog()
  // Validation runs before any request.
  await dialog.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(dialog.getByText('Enter the user name for credential authentication.')).toBeVisible()
  await expectAccessible('add storage dialog with errors, light')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect(await storage.storageWrites()).toEqual([])

  await storage.addWithCredentials({ host: 'cluster3.demo.local', username: 'admin', password: 'E2e-secret' })
  await expect(storage.row('cluster3.demo.local')).toBeVisible()
  // A cluster brings its SVMs in implicitly.
  await expect(storage.table.getByText('Implicit').first()).toBeVisible()
  expect(await storage.storageWrites()).toEqual([
    {
      method: 'POST',
      body: expect.objectContaining({
        name: 'cluster3.demo.local',
        username: 'admin',
        port: 443,
        timeout: 60,
      }),
    },
  ])
  // Nothing typed survives the request: the form opens empty again.
  const again = await storage.openAddDialog()
  await expect(again.locator('input[type="password"]')).toHaveValue('')
  await page.keyboard.press('Escape')

  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expectAccessible('storage systems, dark')

  await policies.openFromNav()
  await expectAccessible('policies, dark')
  await policies.create({
    name: 'E2E_Daily_Vault',
    description: 'Created by the protection-setup journey',
    frequency: 'DAILY',
    retention: 14,
    snapVault: true,
    snapshotLabel: 'daily',
  })
  const detail = await policies.showDetails('E2E_Daily_Vault')
  await expect(detail.getByText('14 backups')).toBeVisible()
  await expectAccessible('policies with detail open, dark')
  await policies.openCreateDialog()
  await expectAccessible('create policy dialog, dark')
  await page.keyboard.press('Escape')

  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('light')
  await expectAccessible('policies with detail open, light')
  await policies.openCreateDialog()
  await expectAccessible('create policy dialog, light')
})
