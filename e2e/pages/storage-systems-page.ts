import { expect, type Locator, type Page } from '@playwright/test'
import { openListFromNav } from './list-page'

/** What the add form needs; the defaults are SCV's (HTTPS, port 443, timeout 60 s). */
export interface StorageSystemEntry {
  host: string
  username: string
  password: string
}

/** The storage systems page and its add/edit dialog, as a user reaches them. */
export class StorageSystemsPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Storage systems' })
  }

  /** Opens the page through the navigation (a client-side navigation keeps the in-page simulator's state). */
  async openFromNav(): Promise<void> {
    await openListFromNav(this.page, 'Storage systems', this.table)
  }

  /** The table row whose first cell starts with `name` (display names repeat the name in another cell). */
  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell').filter({ hasText: name }).first() })
  }

  get addDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Add storage system' })
  }

  async openAddDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add storage system' }).click()
    await expect(this.addDialog).toBeVisible()
    return this.addDialog
  }

  /** Fills the add form with credential authentication and submits it; waits for the dialog to close. */
  async addWithCredentials(entry: StorageSystemEntry): Promise<void> {
    const dialog = await this.openAddDialog()
    await dialog.getByRole('textbox', { name: /^Storage system/ }).fill(entry.host)
    await dialog.getByRole('textbox', { name: /^User name/ }).fill(entry.username)
    await dialog.locator('input[type="password"]').fill(entry.password)
    await dialog.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(this.page.getByText(`Storage system ${entry.host} added`)).toBeVisible()
    await expect(dialog).toBeHidden()
  }

  /** The calls the page sent to `/4.1/storage-system`, as `METHOD path`, from the in-page simulator's log. */
  async storageWrites(): Promise<{ method: string; body: unknown }[]> {
    return this.page.evaluate(() => {
      const sim = (
        window as unknown as {
          __scvSimulator: { requests(): Array<{ method: string; path: string; body: unknown }> }
        }
      ).__scvSimulator
      return sim
        .requests()
        .filter((r) => r.path.endsWith('/4.1/storage-system') && r.method !== 'GET')
        .map((r) => ({ method: r.method, body: r.body }))
    })
  }
}
