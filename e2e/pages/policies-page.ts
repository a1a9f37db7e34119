import { expect, type Locator, type Page } from '@playwright/test'
import { openListFromNav } from './list-page'

/** The fields a journey usually sets; the rest keep the form's defaults. */
export interface PolicyEntry {
  name: string
  description?: string
  /** HOURLY, DAILY, WEEKLY, MONTHLY or ON_DEMAND (default DAILY). */
  frequency?: 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'ON_DEMAND'
  /** Backups to keep (default 7). */
  retention?: number
  snapVault?: boolean
  snapshotLabel?: string
}

/** The policies page and its create/edit dialog, as a user reaches them. */
export class PoliciesPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Policies' })
  }

  async openFromNav(): Promise<void> {
    await openListFromNav(this.page, 'Policies', this.table)
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) })
  }

  get createDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Create policy' })
  }

  async openCreateDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Create policy' }).click()
    await expect(this.createDialog).toBeVisible()
    return this.createDialog
  }

  /** Fills the create form and submits it; waits for the dialog to close and the row to appear. */
  async create(entry: PolicyEntry): Promise<void> {
    const dialog = await this.openCreateDialog()
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(entry.name)
    if (entry.description) await dialog.getByRole('textbox', { name: 'Description' }).fill(entry.description)
    if (entry.frequency)
      await dialog.getByRole('combobox', { name: /^Frequency/ }).selectOption(entry.frequency)
    if (entry.retention !== undefined) {
      await dialog.getByRole('textbox', { name: /Backups to keep/ }).fill(String(entry.retention))
    }
    if (entry.snapVault) await dialog.getByRole('checkbox', { name: /Update SnapVault after backup/ }).check()
    if (entry.snapshotLabel)
      await dialog.getByRole('textbox', { name: /Snapshot label/ }).fill(entry.snapshotLabel)
    await dialog.getByRole('button', { name: 'Create', exact: true }).click()
    await expect(this.page.getByText(`Policy ${entry.name} created`)).toBeVisible()
    await expect(dialog).toBeHidden()
    await expect(this.row(entry.name)).toBeVisible()
  }

  /** Opens a policy's row detail. */
  async showDetails(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Show details of ${name}` }).click()
    const detail = this.page.getByLabel(`Details of ${name}`, { exact: true })
    await expect(detail).toBeVisible()
    return detail
  }
}
