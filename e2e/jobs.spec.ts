import { test, expect } from './fixtures'

test('a backup started through the API shows in the header, runs with progress on the jobs page, and completes', async ({
  page,
  jobsPage: jobs,
  shell,
}) => {
  test.setTimeout(180_000)
  await jobs.signIn()
  await expect(jobs.indicator).toBeVisible()
  const before = Number((await jobs.indicator.getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? 0)

  // Long enough to watch it in the header and on the page, short enough for the test.
  await jobs.setJobDuration(45_000)
  const jobId = await jobs.startBackupThroughApi()

  // Nothing polls while only stuck jobs run: the indicator picks the new job up when the user navigates.
  await expect(async () => {
    await shell.navigation.getByRole('link', { name: 'Dashboard' }).click()
    await jobs.openFromNav()
    await expect(jobs.indicator).toHaveAttribute('aria-label', `${before + 1} jobs running`, {
      timeout: 1_000,
    })
  }).toPass({ timeout: 20_000 })

  await jobs.indicator.click()
  await expect(
    page.getByRole('dialog').getByRole('link', { name: new RegExp(`#${jobId} Backup of Resource Group`) }),
  ).toBeVisible()
  await page.keyboard.press('Escape')

  const row = jobs.row(jobId)
  await expect(row.getByRole('progressbar', { name: `Progress of job ${jobId}` })).toBeVisible()
  await expect(row).toContainText('Running')
  // The list refreshes on its own while the job runs, until it completes.
  await expect(row).toContainText('Successful', { timeout: 60_000 })
  await expect(row.getByRole('progressbar')).toHaveCount(0)
  await expect(jobs.indicator).toHaveAttribute('aria-label', `${before} jobs running`)
})

test('a stalled job is marked failed through the UI after a confirmation', async ({
  page,
  jobsPage: jobs,
}) => {
  test.setTimeout(120_000)
  await jobs.signIn()
  await jobs.openFromNav()
  await page.getByRole('button', { name: /^Possibly stuck: [1-9]/ }).click()
  await expect(page).toHaveURL(/status=RUNNING/)
  await expect(jobs.table.locator('[role="row"][data-status]:not([data-status="RUNNING"])')).toHaveCount(0)
  const firstLink = jobs.table.getByRole('link', { name: /^Open job \d+$/ }).first()
  const id = Number((await firstLink.getAttribute('aria-label'))?.replace('Open job ', ''))
  await jobs.openJob(id)
  await expect(page.getByText('Possibly stuck').first()).toBeVisible()

  await page.getByRole('button', { name: 'Mark as failed' }).click()
  const dialog = page.getByRole('dialog', { name: `Mark job ${id} as failed?` })
  await expect(dialog).toContainText('SCV stops tracking the job')
  await expect(dialog).toContainText('usually take')
  await dialog.getByRole('button', { name: 'Mark as failed' }).dblclick()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Job marked failed')).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Why it failed' })).toContainText('failJobs')
  expect(await jobs.requestsTo('/failJobs')).toEqual([`POST /api/4.1/jobs/${id}/failJobs`])
  await expect(page.getByRole('button', { name: 'Mark as failed' })).toHaveCount(0)
})

test('the jobs page and the running-jobs popover are accessible in light and dark mode', async ({
  page,
  expectAccessible,
  jobsPage: jobs,
  shell,
}) => {
  test.setTimeout(120_000)
  await jobs.signIn()
  await jobs.openFromNav()
  await expect(jobs.table.getByRole('row').nth(1)).toBeVisible()
  await page.getByRole('button', { name: /^Failed \(24 h\)/ }).click()
  await expect(jobs.table.locator('[role="row"][data-status]:not([data-status="FAILED"])')).toHaveCount(0)
  await expectAccessible('jobs page, failed, light')
  await jobs.indicator.click()
  await expect(page.getByRole('dialog', { name: /jobs running$/ })).toBeVisible()
  await expectAccessible('running-jobs popover, light')
  await page.keyboard.press('Escape')

  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expectAccessible('jobs page, failed, dark')
  await page.getByRole('button', { name: /^Running: / }).click()
  await expect(jobs.table.locator('[role="row"][data-status]:not([data-status="RUNNING"])')).toHaveCount(0)
  await expectAccessible('jobs page, running, dark')
})

test('a job detail and the mark-as-failed dialog are accessible in dark and light mode', async ({
  page,
  expectAccessible,
  jobsPage: jobs,
  shell,
}) => {
  test.setTimeout(120_000)
  await jobs.signIn()
  await jobs.openFromNav()
  await page.getByRole('button', { name: /^Running: / }).click()
  await expect(jobs.table.locator('[role="row"][data-status]:not([data-status="RUNNING"])')).toHaveCount(0)
  const id = Number(
    (
      await jobs.table
        .getByRole('link', { name: /^Open job \d+$/ })
        .first()
        .getAttribute('aria-label')
    )?.replace('Open job ', ''),
  )
  await jobs.openJob(id)
  await expect(page.getByRole('heading', { name: 'Phases and sub-tasks' })).toBeVisible()
  await expectAccessible('job detail, light')
  await page.getByRole('button', { name: 'Mark as failed' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectAccessible('mark-as-failed dialog, light')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()

  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expectAccessible('job detail, dark')
  await page.getByRole('button', { name: 'Mark as failed' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectAccessible('mark-as-failed dialog, dark')
})

test('a seeded failure explains its likely cause in its row and on its page, accessible in light and dark', async ({
  page,
  expectAccessible,
  jobsPage: jobs,
  shell,
}) => {
  test.setTimeout(120_000)
  await jobs.signIn()
  await jobs.openFromNav()
  // Leftover restore_… files on the destination: the simulator seeds restores that fail that way.
  await jobs.search.fill('restore_')
  const row = jobs.table.locator('[role="row"][data-status="FAILED"]').first()
  await expect(row.getByTestId('likely-cause')).toHaveText(
    'Likely cause: Leftover restore files on the destination',
  )
  const id = Number(
    (await row.getByRole('link', { name: /^Open job \d+$/ }).getAttribute('aria-label'))?.slice(9),
  )
  await jobs.openJob(id)
  const card = page.getByRole('region', { name: 'Likely cause: Leftover restore files on the destination' })
  await expect(card).toContainText('What to do')
  await expect(card.getByRole('link', { name: /SCV documentation/ })).toHaveAttribute(
    'href',
    /scpivs44_restore_vms_from_backups\.html$/,
  )
  await expectAccessible('job detail with failure guidance, light')
  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expectAccessible('job detail with failure guidance, dark')
})
