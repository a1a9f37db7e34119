import { signIn } from '../support/simulator-page'
import { expect, type Locator, type Page } from '@playwright/test'

/** The resource-groups table, a group's detail page and the create wizard, as a user reaches them. */
export class ResourceGroupsPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Resource groups' })
  }

  /** Signs in through the sign-in form (the shared fixture helper). */
  async signIn(path = '/'): Promise<void> {
    await signIn(this.page, path)
  }

  /** Opens the list through the navigation (a client-side navigation keeps the in-page simulator's state). */
  async openFromNav(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Resource groups' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Resource groups' })).toBeVisible()
    await expect(this.table).toBeVisible()
    // Leave the pointer off the navbar: the shell's hovered active link is not what axe should judge here.
    await this.page.mouse.move(700, 5)
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  /** Makes jobs started from now on run for `ms` (the simulator's fastJobs scenario). */
  async setJobDuration(ms: number): Promise<void> {
    await this.page.evaluate((duration) => {
      const sim = (
        window as unknown as { __scvSimulator: { scenarios: { set(n: string, o: object): void } } }
      ).__scvSimulator
      sim.scenarios.set('fastJobs', { ms: duration })
    }, ms)
  }

  /** Requests the in-page simulator received, as "METHOD path" (without /api). */
  async requests(filter: RegExp): Promise<string[]> {
    const all = await this.page.evaluate(() => {
      const sim = (
        window as unknown as { __scvSimulator: { requests(): Array<{ method: string; path: string }> } }
      ).__scvSimulator
      return sim.requests().map((r) => `${r.method} ${r.path.replace(/^\/api/, '')}`)
    })
    return all.filter((line) => filter.test(line))
  }

  // --- wizard -----------------------------------------------------------------------------------------------

  async expectStep(label: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(`: ${label}$`) })).toBeVisible()
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click()
  }

  /** Picks `count` VMs by name: types `query` in the picker and chooses the first matching options. */
  async pickVms(query: string, count: number): Promise<string[]> {
    const input = this.page.getByRole('textbox', { name: 'Virtual machines' })
    const picked: string[] = []
    for (let index = 0; index < count; index += 1) {
      await input.click()
      await input.fill(query)
      const option = this.page
        .locator('[role="option"]:not([aria-disabled="true"]):not([data-combobox-active="true"])')
        .first()
      await expect(option).toBeVisible()
      picked.push((await option.locator('p, span').first().textContent()) ?? '')
      await option.click()
    }
    await this.page.keyboard.press('Escape')
    return picked
  }

  /**
   * Creates a VM group through the wizard: name, VMs picked by name, default spanning, one policy (chosen, or
   * created inline) with its default schedule. Returns the picked VM names.
   */
  async createVmGroup(
    name: string,
    vmQuery: string,
    policy: string | { createInline: string; retention: number },
  ): Promise<string[]> {
    await this.page.getByRole('link', { name: 'Create resource group' }).click()
    await this.expectStep('General')
    await this.page.getByRole('textbox', { name: 'Name' }).fill(name)
    await this.next()
    await this.expectStep('Resources')
    const picked = await this.pickVms(vmQuery, 2)
    await this.next()
    await this.expectStep('Spanning disks')
    await this.next()
    await this.expectStep('Policies')
    if (typeof policy === 'string') await this.page.getByRole('checkbox', { name: policy }).check()
    else {
      // "Create one inline": the policy is posted at once and comes back chosen.
      await this.page.getByRole('button', { name: 'Create a policy' }).click()
      const inline = this.page.getByRole('group', { name: 'New policy' })
      await inline.getByRole('textbox', { name: 'Policy name' }).fill(policy.createInline)
      await inline.getByRole('textbox', { name: 'Backups to keep' }).fill(String(policy.retention))
      await inline.getByRole('button', { name: 'Create policy' }).click()
      await expect(this.page.getByRole('checkbox', { name: policy.createInline })).toBeChecked()
    }
    await this.next()
    await this.expectStep('Schedules')
    await expect(this.page.getByText(/SCV runs schedules in the appliance's time zone/)).toBeVisible()
    await this.next()
    await this.expectStep('Summary')
    await expect(this.page.getByRole('group', { name: 'REST calls this will make' })).toContainText(
      '/api/4.1/resource-groups',
    )
    await this.page.getByRole('button', { name: 'Create resource group' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
    return picked
  }
}
