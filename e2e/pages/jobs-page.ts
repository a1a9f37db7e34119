import { signIn } from '../support/simulator-page'
import { expect, type Locator, type Page } from '@playwright/test'

/** The jobs monitor, its detail page and the header's running-jobs indicator, as a user reaches them. */
export class JobsPage {
  readonly table: Locator
  readonly search: Locator
  readonly indicator: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Jobs' })
    this.search = page.getByRole('textbox', { name: 'Search' })
    this.indicator = page.getByTestId('running-jobs-indicator')
  }

  /** Signs in through the sign-in form (the shared fixture helper). */
  async signIn(path = '/'): Promise<void> {
    await signIn(this.page, path)
  }

  /** Opens the jobs page through the navigation (a client-side navigation keeps the in-page simulator). */
  async openFromNav(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Jobs' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible()
  }

  /** The table row of a job, found by its ID link. */
  row(id: number): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: `Open job ${id}`, exact: true }) })
  }

  /** Opens a job's detail from its row. */
  async openJob(id: number): Promise<void> {
    await this.page.getByRole('link', { name: `Open job ${id}`, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: `Job ${id}` })).toBeVisible()
  }

  /** Makes jobs started from now on run for `ms` (the simulator's fastJobs scenario sets their duration). */
  async setJobDuration(ms: number): Promise<void> {
    await this.page.evaluate((duration) => {
      const sim = (
        window as unknown as { __scvSimulator: { scenarios: { set(n: string, o: object): void } } }
      ).__scvSimulator
      sim.scenarios.set('fastJobs', { ms: duration })
    }, ms)
  }

  /** Requests the in-page simulator received whose path ends with `suffix`, as "METHOD path". */
  async requestsTo(suffix: string): Promise<string[]> {
    return this.page.evaluate((end) => {
      const sim = (
        window as unknown as { __scvSimulator: { requests(): Array<{ method: string; path: string }> } }
      ).__scvSimulator
      return sim
        .requests()
        .filter((r) => r.path.endsWith(end))
        .map((r) => `${r.method} ${r.path}`)
    }, suffix)
  }

  /**
   * Starts backup now through the REST API from the page (with the tab's token), as another tool would, and
   * returns the new job's id.
   */
  async startBackupThroughApi(): Promise<number> {
    return this.page.evaluate(async () => {
      const token = sessionStorage.getItem('scv.token') ?? ''
      const headers = { Token: token, Accept: 'application/json', 'Content-Type': 'application/json' }
      const groups = (await (await fetch('/api/4.1/resource-groups', { headers })).json()) as {
        response: {
          resourceGroupResponseList: Array<{ id: number; status?: string; policies?: Array<{ id: number }> }>
        }
      }
      const group = groups.response.resourceGroupResponseList.find(
        (g) => (g.policies?.length ?? 0) > 0 && g.status !== 'UNDER_MAINTENANCE',
      )
      if (!group?.policies?.[0]) throw new Error('No resource group with a policy to back up')
      const started = await fetch('/api/4.1/resource-groups/backupnow', {
        method: 'POST',
        headers,
        body: JSON.stringify({ resourceGroupId: group.id, policyId: group.policies[0].id }),
      })
      const body = (await started.json()) as { response?: { jobId?: number } }
      if (!started.ok || typeof body.response?.jobId !== 'number')
        throw new Error(`backupnow answered ${started.status}`)
      return body.response.jobId
    })
  }
}
