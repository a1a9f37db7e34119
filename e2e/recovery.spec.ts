import type { Page } from '@playwright/test'
import { test, expect, signIn, simulator } from './fixtures'
import { InteractionCounter, RestorePages } from './pages/restore-pages'

// Names of the deterministic seed (the same one the integration tests read).
/** A live VM in a group, four disks on NFS datastores, whose newest backup is full, primary only and complete. */
const SOURCE_VM = 'Exchange DAG 54'
/** Another live VM, the target of the attach, then the VM the disk is detached from. */
const OTHER_VM = '財務-db01'
/** A VM vCenter no longer has; a backup of RG_Finance_DB on vmfs_ds08 (datastore-1030) still holds it. */
const DELETED_VM = 'lnx.build.394'
const DELETED_UUID = 'b8965287-6209-03b7-558f-fb6866efabbe'
const DELETED_FROM = { moref: 'datastore-1030', name: 'vmfs_ds08', backupId: 530 }

/** Each workflow's calls (docs/scv-api.md §3), as the simulator logged them (`METHOD /4.1/...`). */
const W8 = [
  /^GET \/4\.1\/vm\/vm-\d+\/backups$/,
  /^GET \/4\.1\/vm\/backups\/\d+\/snapshotlocations$/,
  /^GET \/4\.1\/vm\/vm-\d+\/backups\/vmdklocations$/,
  /^GET \/4\.1\/vm\/vm-\d+\/backups\/\d+\/availabledatastores$/,
  /^GET \/4\.1\/vm\/vm-\d+\/backups\/availableesxhosts$/,
  /^POST \/4\.1\/vm\/vm-\d+\/backups\/\d+\/restorevmdks$/,
]
const W9 = [
  /^GET \/4\.1\/vm\/vm-\d+\/backups$/,
  /^GET \/4\.1\/vm\/vm-\d+\/backups\/\d+\/vmdklocations$/,
  /^POST \/4\.1\/vm\/vm-\d+\/attachvmdks$/,
]
const W10 = [/^GET \/4\.1\/vm\/vm-\d+\/backups\/vmdklocations$/, /^POST \/4\.1\/vm\/vm-\d+\/detachvmdks$/]
const W7 = [
  new RegExp(`^GET /4\\.1/vm/${DELETED_UUID}/backups$`),
  /^GET \/4\.1\/vm\/backups\/\d+\/snapshotlocations$/,
  new RegExp(`^GET /4\\.1/vm/${DELETED_FROM.moref}/backups/availableesxhosts$`),
  new RegExp(`^POST /4\\.1/vm/${DELETED_UUID}/backups/${DELETED_FROM.backupId}/restore$`),
]

/**
 * The workflow's calls among everything logged since the last clear: each at most once, in the workflow's order,
 * and the write exactly once. With `all`, every call of the workflow was made (none was answered from a read the
 * browser made earlier in this page's life).
 */
async function expectCalls(
  restore: RestorePages,
  workflow: RegExp[],
  { all = true, reread = false }: { all?: boolean; reread?: boolean } = {},
) {
  const logged = (await restore.requests()).filter((line) => workflow.some((call) => call.test(line)))
  // `reread`: a read repeated at once is the refresh the jobs list's poll asks for when it sees the previous
  // journey's job end (api/resources/jobs.ts); the user saw one list, and no write is ever repeated.
  const calls = reread
    ? logged.filter((line, index) => line.startsWith('POST') || line !== logged[index - 1])
    : logged
  const steps = calls.map((line) => workflow.findIndex((call) => call.test(line)))
  expect(calls.join('\n'), 'each call once, in order').toBe(
    workflow.filter((_, index) => steps.includes(index)).length === calls.length &&
      steps.every((step, index) => index === 0 || step > (steps[index - 1] ?? -1))
      ? calls.join('\n')
      : 'out of order or repeated',
  )
  expect(steps.at(-1)).toBe(workflow.length - 1)
  if (all) expect(calls, calls.join('\n')).toHaveLength(workflow.length)
}

const heading = (page: Page, step: number, of: number) =>
  page.getByRole('heading', { name: new RegExp(`Step ${step} of ${of}`) })

test('from the backups browser: restore disks, attach to another VM, detach, restore a deleted VM — each exactly its workflow, each job completes, axe light and dark on every step', async ({
  page,
  expectAccessible,
  restorePages: restore,
}) => {
  test.setTimeout(180_000)
  const interactions = await InteractionCounter.install(page)
  const counts: Record<string, number> = {}
  const darkMode = page.getByRole('button', { name: /Switch to (dark|light) mode/ })
  /** axe in light and in dark on what is shown; the theme switch is a check, not one of the user's steps. */
  const bothThemes = async (label: string) => {
    const before = (await interactions.list()).length
    await expectAccessible(`${label} (light)`)
    await darkMode.click()
    await expectAccessible(`${label} (dark)`)
    await darkMode.click()
    const added = (await interactions.list()).length - before
    counts.themeClicks = (counts.themeClicks ?? 0) + added
  }
  const userSteps = async () => (await interactions.list()).length - (counts.themeClicks ?? 0)
  const startCounting = async () => {
    await interactions.reset()
    counts.themeClicks = 0
  }
  /**
   * Next, by keyboard: Enter on the focused button; the new step's heading takes the focus (on the last step
   * the submit button does, so Enter sends).
   */
  const next = async (step: number, of: number) => {
    await page.getByRole('button', { name: 'Next', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(heading(page, step, of)).toBeVisible()
    if (step < of) await expect(heading(page, step, of)).toBeFocused()
    else await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeEnabled()
  }
  const jobCompletes = async () => {
    await expect(page.getByText(/^(Successful|Warning)$/).first()).toBeVisible({ timeout: 30_000 })
    timings.push(Date.now() - started)
  }
  const timings: number[] = []
  const started = Date.now()

  // Jobs end after a second, so each is followed to its end without waiting on real time.
  await signIn(page, '/backups?simFault=fastJobs,ms=1000')

  // 1. Restore disks (W8), from the VM's newest backup in the browser.
  await simulator(page, 'clearRequests')
  await startCounting()
  await restore.pickVmInBrowser(SOURCE_VM)
  await restore.openNewestBackup(SOURCE_VM)
  await page.getByRole('link', { name: 'Restore disks from this backup…' }).click()
  await expect(heading(page, 4, 7)).toBeVisible()
  await bothThemes('restore disks: disks')
  await page.getByRole('checkbox', { name: /^Hard disk 1/ }).check()
  await next(5, 7)
  await bothThemes('restore disks: datastores')
  await next(6, 7)
  await bothThemes('restore disks: host')
  await next(7, 7)
  await bothThemes('restore disks: review')
  await page.getByRole('button', { name: 'Restore disks', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Disk restore job \d+/ })).toBeVisible()
  counts.restoreDisks = await userSteps()
  await expectCalls(restore, W8)
  await jobCompletes()

  // 2. Attach a disk of the same backup to another VM (W9, alternateVmMoref).
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Backups' })
    .click()
  await simulator(page, 'clearRequests')
  await startCounting()
  await restore.pickVmInBrowser(SOURCE_VM)
  await restore.openNewestBackup(SOURCE_VM)
  await page.getByRole('link', { name: 'Attach disks from this backup…' }).click()
  await expect(heading(page, 3, 5)).toBeVisible()
  await bothThemes('attach: disks')
  await page.getByRole('checkbox', { name: /^Hard disk 1/ }).check()
  await next(4, 5)
  await page.getByRole('radio', { name: 'Another VM' }).check()
  const other = page.getByRole('textbox', { name: 'Other VM' })
  await other.fill(OTHER_VM)
  await page
    .getByRole('option', { name: new RegExp(`^${OTHER_VM}`) })
    .first()
    .click()
  await page.keyboard.press('Escape')
  await bothThemes('attach: target')
  await next(5, 5)
  await expect(page.getByText(new RegExp(`^${OTHER_VM} \\(vm-\\d+\\)$`))).toBeVisible()
  await bothThemes('attach: review')
  await page.getByRole('button', { name: 'Attach disks', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Attach job \d+/ })).toBeVisible()
  counts.attach = await userSteps()
  // The backups list and the backup's disks may come from the browser's reads of this backup a minute ago.
  await expectCalls(restore, W9, { all: false })
  const attach = (
    await simulator<Array<{ method: string; path: string; body: unknown }>>(page, 'requests')
  ).find((entry) => entry.method === 'POST' && entry.path.endsWith('/attachvmdks'))
  expect(attach?.body).toEqual(
    expect.objectContaining({ alternateVmMoref: expect.stringMatching(/^vm-\d+$/) }),
  )
  await jobCompletes()

  // 3. Detach it from the other VM (W10): the navigation's Detach disks, the VM by name, a ticked confirmation.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Detach disks' })
    .click()
  await simulator(page, 'clearRequests')
  await startCounting()
  const detachVm = page.getByRole('textbox', { name: 'VM to detach disks from' })
  await detachVm.fill(OTHER_VM)
  await page
    .getByRole('option', { name: new RegExp(`^${OTHER_VM}`) })
    .first()
    .click()
  const attached = page.getByRole('checkbox', { name: /attached from backup/ })
  await expect(attached).toHaveCount(1)
  await attached.check()
  await page.getByRole('checkbox', { name: /I understand that this disk is removed/ }).check()
  await bothThemes('detach')
  await page.getByRole('button', { name: 'Detach 1 disk' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Detach job \d+/ })).toBeVisible()
  counts.detach = await userSteps()
  await expectCalls(restore, W10, { reread: true })
  await jobCompletes()

  // 4. Restore a deleted VM (W7): a datastore backup lists the VMs it holds; the deleted one offers its restore.
  await page.goto(
    `/backups?kind=datastore&moref=${DELETED_FROM.moref}&name=${DELETED_FROM.name}&backup=${DELETED_FROM.backupId}`,
  )
  const drawer = page.getByRole('dialog', { name: /^Backup / })
  await expect(drawer.getByText('Deleted')).toBeVisible()
  await simulator(page, 'clearRequests')
  await startCounting()
  await drawer.getByRole('link', { name: `Restore ${DELETED_VM}…` }).click()
  await expect(heading(page, 4, 5)).toBeVisible()
  await expect(page.getByRole('note', { name: 'Which hosts are offered' })).toContainText(DELETED_FROM.moref)
  await expect(page.getByRole('checkbox', { name: 'Restart the VM after the restore' })).toBeChecked()
  await bothThemes('deleted VM: host')
  await next(5, 5)
  await bothThemes('deleted VM: review')
  await page.getByRole('button', { name: 'Restore deleted VM', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Restore job \d+/ })).toBeVisible()
  counts.deletedVm = await userSteps()
  await expectCalls(restore, W7)
  await jobCompletes()

  console.log(`interactions: ${JSON.stringify(counts)}; journeys ended at ${timings.join(', ')} ms`)
})
