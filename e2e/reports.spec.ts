import { readFile } from 'node:fs/promises'
import { expect, signIn, test } from './fixtures'

test('reports: filter a job report, export it as CSV, and read the dashboard charts, accessible in light and dark', async ({
  page,
  expectAccessible,
  shell,
}) => {
  test.setTimeout(120_000)
  await signIn(page, '/reports')
  await expect(page.getByRole('heading', { name: 'Protected VMs', level: 2 })).toBeVisible()
  await expectAccessible('reports, protected VMs, light')

  // Backup jobs of the last 30 days of one group, narrowed to the failed ones through the filters.
  await page.getByRole('tab', { name: 'Backup jobs' }).click()
  await expect(page).toHaveURL(/\/reports\/backup-jobs$/)
  await page.getByRole('combobox', { name: 'Started in' }).click()
  await page.getByRole('option', { name: 'Last 30 days' }).click()
  await page.getByRole('combobox', { name: 'Resource group' }).click()
  await page.getByRole('option', { name: 'RG_Finance_DB' }).click()
  await page.getByRole('combobox', { name: 'Status' }).click()
  await page.getByRole('option', { name: 'Failed' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\?range=30d&status=FAILED&group=\d+$/)
  const firstRow = page.getByRole('table', { name: 'Backup jobs', exact: true }).getByRole('row').nth(1)
  await expect(firstRow).toContainText('RG_Finance_DB')
  await expect(firstRow).toContainText('Failed')
  const count = page.getByTestId('backup-jobs-count')
  await expect(count).toHaveText(/^\d+ rows? of \d+$/)
  const shown = Number((await count.textContent())?.split(' ')[0])
  expect(shown).toBeGreaterThan(0)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^scv-backup-jobs-\d{4}-\d\d-\d\d\.csv$/)
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean)
  expect(lines[0]).toBe(
    'Job ID,Status,Resource group,Policy,Start (UTC+00:00),End (UTC+00:00),Duration,Reason',
  )
  expect(lines).toHaveLength(shown + 1)
  for (const line of lines.slice(1)) expect(line).toMatch(/^\d+,Failed,RG_Finance_DB,/)

  // Between two dates: the preset's days become the dates, ready to change (checked for axe below).
  await page.getByRole('combobox', { name: 'Started in' }).click()
  await page.getByRole('option', { name: 'Between two dates' }).click()
  await expect(page).toHaveURL(
    /\?range=custom&status=FAILED&group=\d+&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/,
  )
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(/^\d{4}-\d\d-\d\d$/)

  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expectAccessible('reports, backup jobs, dark')

  // The dashboard's charts are drawn, with their numbers beside them.
  await shell.navigation.getByRole('link', { name: 'Dashboard' }).click()
  const outcomes = page.getByRole('figure', { name: 'Job outcomes, last 7 days' })
  await expect(outcomes.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const protection = page.getByRole('figure', { name: 'Protection summary' })
  await expect(protection.locator('.recharts-pie-sector').first()).toBeVisible()
  await outcomes.getByRole('button', { name: 'Show the numbers' }).click()
  await expect(outcomes.getByRole('table')).toBeVisible()
  await expect(page.getByTestId('overdue-count')).toHaveText('3')
  await expectAccessible('dashboard, dark')
  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('light')
  await expectAccessible('dashboard, light')
})
