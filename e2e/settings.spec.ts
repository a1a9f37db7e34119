import { test, expect, signIn } from './fixtures'

/**
 * Settings in one pass on one signed-in page: an audit file opened and searched, integrity verified, a
 * built-in schedule changed with its preview, the planner, the appliance settings; axe on each, light and dark.
 */
test('audit, schedules, planner and appliance settings, accessible in light and dark', async ({
  page,
  expectAccessible,
  shell,
}) => {
  test.setTimeout(300_000)
  await signIn(page, '/settings/audit')
  const files = page.getByRole('table', { name: /Audit files on the appliance/ })
  await expect(files.getByText('TAMPERED').first()).toBeVisible()
  await expect(files.getByText('UNEXPECTED DELETE')).toBeVisible()
  await expectAccessible('audit logs, light')

  await page.getByRole('button', { name: 'Verify integrity' }).click()
  const result = page.getByRole('alert').filter({ hasText: 'TAMPERED' })
  await expect(result).toContainText('1 file changed state in this check')
  await expectAccessible('audit verification result, light')

  await files.getByRole('link', { name: 'Open audit file audit.log' }).click()
  const status = page.getByText(/^[\d,]+ of [\d,]+ lines$/)
  await expect(status).toBeVisible()
  const total = (await status.textContent())?.split(' of ')[1]
  await page.getByRole('textbox', { name: 'Search' }).fill('RG_Finance_DB')
  await expect(status).not.toHaveText(`${total} of ${total}`)
  await expect(page.getByRole('table', { name: 'Audit entries' }).getByRole('row').nth(1)).toContainText(
    'RG_Finance_DB',
  )
  await expectAccessible('audit file viewer, light')

  await shell.navigation.getByRole('link', { name: 'Schedules' }).click()
  const dump = page.getByRole('region', { name: 'Schedule-DatabaseDump' })
  await expect(dump).toContainText('At 01:00')
  await expectAccessible('built-in schedules, light')
  await dump.getByRole('button', { name: 'Edit schedule Schedule-DatabaseDump' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit Schedule-DatabaseDump' })
  const cron = dialog.getByRole('textbox', { name: 'Cron expression' })
  await cron.fill('0 2 * * *')
  await expect(dialog).toContainText('this has 5')
  await cron.fill('0 15 2 ? * MON-FRI')
  await expect(dialog).toContainText('At 02:15, Monday through Friday')
  await expect(
    dialog.getByRole('table', { name: 'Next runs of the new expression' }).getByRole('row'),
  ).toHaveCount(6)
  await expectAccessible('schedule editor, light')
  await dialog.getByRole('button', { name: 'Save schedule' }).click()
  await expect(dialog).toBeHidden()
  await expect(dump.getByText('0 15 2 ? * MON-FRI')).toBeVisible()

  await page.getByRole('tab', { name: 'Week planner' }).click()
  const grid = page.getByRole('table', { name: /^Week of / })
  await expect(grid).toBeVisible()
  await expect(grid.getByRole('link', { name: /Schedule-DatabaseDump/ }).first()).toBeVisible()
  await expectAccessible('planner, light')

  await shell.navigation.getByRole('link', { name: 'Appliance settings' }).click()
  await expect(page.getByRole('textbox', { name: /Keep jobs \(days\)/ })).toHaveValue('90')
  await expect(page.getByRole('switch', { name: /^FORCE_ZAPI/ })).toBeVisible()
  await expectAccessible('appliance settings, light')

  await shell.colorSchemeToggle().click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expectAccessible('appliance settings, dark')
  for (const [link, ready, label] of [
    ['Audit logs', page.getByRole('table', { name: /Audit files on the appliance/ }), 'audit logs, dark'],
    ['Schedules', page.getByRole('region', { name: 'Schedule-DatabaseDump' }), 'built-in schedules, dark'],
  ] as const) {
    await shell.navigation.getByRole('link', { name: link }).click()
    await expect(ready).toBeVisible()
    await expectAccessible(label)
  }
  await page.getByRole('tab', { name: 'Week planner' }).click()
  await expect(grid).toBeVisible()
  await expectAccessible('planner, dark')
  await page.goto('/settings/audit/files/audit.log')
  await expect(status).toBeVisible()
  await expectAccessible('audit file viewer, dark')
})
