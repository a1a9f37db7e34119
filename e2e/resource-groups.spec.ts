import { test, expect } from './fixtures'

test('create a group with VMs picked by name, back it up now, and watch the job and the last run complete', async ({
  page,
  expectAccessible,
  resourceGroupsPage: groups,
}) => {
  test.setTimeout(240_000)
  await groups.signIn()
  await groups.openFromNav()
  await expectAccessible('resource groups list (light)')

  const picked = await groups.createVmGroup('RG_E2E_Web', 'app-web-1', {
    createInline: 'E2E_Inline_Daily',
    retention: 7,
  })
  await expect(page).toHaveURL(/\/resource-groups\/\d+$/)
  const members = page.getByRole('region', { name: 'Members' })
  for (const vm of picked) await expect(members).toContainText(vm)
  // W3 with its fallback: the policies were read on step 4, one created inline, then one POST for the group.
  const workflow = await groups.requests(
    /^(GET|POST|PUT|DELETE) \/4\.1\/policies|^(POST|PUT|DELETE) \/4\.1\/resource-groups/,
  )
  expect(workflow.filter((line) => !line.startsWith('GET'))).toEqual([
    'POST /4.1/policies',
    'POST /4.1/resource-groups',
  ])
  expect(workflow[0]).toBe('GET /4.1/policies')
  await expect(page.getByRole('region', { name: 'Policies and schedules' })).toContainText('E2E_Inline_Daily')
  await expectAccessible('resource group detail')

  await groups.setJobDuration(12_000)
  const backup = page.getByRole('button', { name: 'Back up RG_E2E_Web now' })
  await backup.dblclick()
  const follow = page.getByRole('link', { name: /Follow job \d+/ })
  await expect(follow).toHaveText(/Follow job \d+/)
  const jobId = Number((await follow.textContent())?.match(/\d+/)?.[0])
  expect(await groups.requests(/backupnow/)).toEqual(['POST /4.1/resource-groups/backupnow'])

  const overview = page.getByRole('region', { name: 'Overview' })
  const jobs = page.getByRole('region', { name: 'Recent jobs' })
  await expect(jobs.getByRole('link', { name: `Open job ${jobId}`, exact: true })).toBeVisible()
  await expect(overview).toContainText('Running')
  // The page follows the run on its own until the job completes.
  await expect(overview).toContainText('Successful', { timeout: 45_000 })
  await expect(jobs.getByRole('row').filter({ hasText: String(jobId) })).toContainText('Successful')

  // The jobs page shows the same job completed.
  await jobs.getByRole('link', { name: `Open job ${jobId}`, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Job ${jobId}` })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Successful')

  // And the list shows the group's new last run.
  await groups.openFromNav()
  await expect(groups.row('RG_E2E_Web')).toContainText('Successful')
})

test('the list, the wizard and a detail page are accessible, the list in light and dark mode', async ({
  page,
  expectAccessible,
  resourceGroupsPage: groups,
  shell,
}) => {
  test.setTimeout(150_000)
  await groups.signIn()
  await groups.openFromNav()
  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expectAccessible('resource groups list (dark)')
  await shell.colorSchemeToggle().click()

  await page.getByRole('link', { name: 'RG_Finance_DB', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'RG_Finance_DB' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Recent backups' }).getByRole('table')).toBeVisible()
  await expectAccessible('resource group detail')
  await page.getByRole('button', { name: 'Back up RG_Finance_DB now' }).click()
  await expect(page.getByRole('dialog', { name: 'Back up RG_Finance_DB now' })).toBeVisible()
  await expectAccessible('backup now dialog')
  await page.keyboard.press('Escape')

  await groups.openFromNav()
  await page.getByRole('link', { name: 'Create resource group' }).click()
  await groups.expectStep('General')
  await expectAccessible('wizard: general')
  await groups.next()
  await expect(page.getByText('Required.')).toBeVisible()
  await page.getByRole('textbox', { name: 'Name' }).fill('RG_A11y')
  await groups.next()
  await groups.expectStep('Resources')
  await expectAccessible('wizard: resources')
})
