import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Opens a list page through the navigation (a client-side navigation keeps the in-page simulator's state) and
 * waits for its heading and first row.
 */
export async function openListFromNav(page: Page, title: string, table: Locator): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  // Leave the pointer on the page, not hovering the nav link (its hover colours are the shell's concern).
  await page.getByRole('heading', { level: 1 }).hover()
  await expect(table.getByRole('row').nth(1)).toBeVisible()
}
