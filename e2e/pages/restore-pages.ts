import { expect, type Page } from '@playwright/test'
import { simulator } from '../fixtures'

interface LoggedRequest {
  method: string
  path: string
  body: unknown
}

/** The backups browser and the restore-VM wizard, as a user drives them. */
export class RestorePages {
  constructor(private readonly page: Page) {}

  async pickVmInBrowser(name: string): Promise<void> {
    const input = this.page.getByRole('textbox', { name: 'Virtual machine' })
    await input.click()
    await input.fill(name)
    await this.page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click()
    await expect(this.page.getByRole('heading', { name: `Backups of ${name}` })).toBeVisible()
  }

  /** The newest backup's "Restore…" action (rows are newest first). */
  async restoreNewest(vmName: string): Promise<void> {
    await this.page
      .getByRole('link', { name: new RegExp(`^Restore ${vmName} from `) })
      .first()
      .click()
    await expect(this.page.getByRole('heading', { name: /Step 2 of 5: Backup/ })).toBeVisible()
  }

  step(number: number) {
    return this.page.getByRole('heading', { name: new RegExp(`Step ${number} of 5`) })
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click()
  }

  async chooseFirstHost(): Promise<void> {
    await this.page.getByRole('combobox', { name: /Destination ESXi host/ }).click()
    await this.page.getByRole('option').first().click()
  }

  async toggleDarkMode(): Promise<void> {
    await this.page.getByRole('button', { name: /Switch to (dark|light) mode/ }).click()
  }

  /** The simulator's request log as `METHOD /4.1/...` lines. */
  async requests(): Promise<string[]> {
    const log = await simulator<LoggedRequest[]>(this.page, 'requests')
    return log.map((entry) => `${entry.method} ${entry.path.replace(/^\/api/, '')}`)
  }

  async restoreBody(): Promise<unknown> {
    const log = await simulator<LoggedRequest[]>(this.page, 'requests')
    return log.find((entry) => entry.method === 'POST' && entry.path.endsWith('/restore'))?.body
  }
}
