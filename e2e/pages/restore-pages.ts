import { expect, type Page } from '@playwright/test'
import { simulator } from '../support/simulator-page'

interface LoggedRequest {
  method: string
  path: string
  body: unknown
}

/** W6's four calls, in order: the backups, the snapshot locations, the hosts, the restore. */
export const W6_CALLS = [
  /^GET \/4\.1\/vm\/vm-\d+\/backups$/,
  /^GET \/4\.1\/vm\/backups\/\d+\/snapshotlocations$/,
  /^GET \/4\.1\/vm\/vm-\d+\/backups\/availableesxhosts$/,
  /^POST \/4\.1\/vm\/vm-\d+\/backups\/\d+\/restore$/,
]

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

  /** Opens the newest backup's detail drawer (rows are newest first). */
  async openNewestBackup(vmName: string): Promise<void> {
    const table = this.page.getByRole('table', { name: `Backups of ${vmName}` })
    await table.getByRole('row').nth(1).getByRole('button').first().click()
    await expect(this.page.getByRole('dialog', { name: /^Backup / })).toBeVisible()
  }

  /** The drawer's shortcut: the wizard opens on its review with every default taken. */
  async restoreNewestFromDrawer(): Promise<void> {
    await this.page.getByRole('link', { name: 'Restore this VM from the newest backup…' }).click()
    await expect(this.step(5)).toBeVisible()
  }

  step(number: number) {
    return this.page.getByRole('heading', { name: new RegExp(`Step ${number} of 5`) })
  }

  restoreButton() {
    return this.page.getByRole('button', { name: 'Restore', exact: true })
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click()
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back', exact: true }).click()
  }

  async toggleDarkMode(): Promise<void> {
    await this.page.getByRole('button', { name: /Switch to (dark|light) mode/ }).click()
  }

  /** The simulator's request log as `METHOD /4.1/...` lines. */
  async requests(): Promise<string[]> {
    const log = await simulator<LoggedRequest[]>(this.page, 'requests')
    return log.map((entry) => `${entry.method} ${entry.path.replace(/^\/api/, '')}`)
  }

  /** The W6 calls among the requests, in the order they were made. */
  async w6Calls(): Promise<string[]> {
    return (await this.requests()).filter((line) => W6_CALLS.some((call) => call.test(line)))
  }
}

/**
 * Counts what the user does in the page, as the browser reports it: trusted clicks, Enter presses and value
 * changes (`input` events; typing a name with `fill` is one, as the issue counts "type" once).
 */
export class InteractionCounter {
  constructor(private readonly page: Page) {}

  /** Installs the listeners (before any page script) for every document the page loads. */
  static async install(page: Page): Promise<InteractionCounter> {
    await page.addInitScript(() => {
      const log: string[] = []
      ;(window as unknown as { __interactions: string[] }).__interactions = log
      const name = (target: EventTarget | null) =>
        target instanceof Element
          ? `${target.tagName.toLowerCase()}${target.getAttribute('aria-label') ? `[${target.getAttribute('aria-label')}]` : ''}`
          : ''
      // Enter on a button also fires a click (detail 0): one interaction, counted as the Enter.
      document.addEventListener(
        'click',
        (e) => e.isTrusted && e.detail > 0 && log.push(`click ${name(e.target)}`),
        true,
      )
      // A checkbox or radio click also fires `input`: it is one interaction, counted as the click.
      const typed = (target: EventTarget | null) =>
        target instanceof Element && target.matches('input:not([type=checkbox]):not([type=radio]), textarea')
      document.addEventListener(
        'input',
        (e) => e.isTrusted && typed(e.target) && log.push(`input ${name(e.target)}`),
        true,
      )
      document.addEventListener(
        'keydown',
        (e) => e.isTrusted && e.key === 'Enter' && log.push(`Enter ${name(e.target)}`),
        true,
      )
    })
    return new InteractionCounter(page)
  }

  async reset(): Promise<void> {
    await this.page.evaluate(() => {
      ;(window as unknown as { __interactions: string[] }).__interactions.length = 0
    })
  }

  async list(): Promise<string[]> {
    return this.page.evaluate(() => [...(window as unknown as { __interactions: string[] }).__interactions])
  }
}
