import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { scvClient } from '../../../api'
import { renderApp } from '../../../test/render-app'
import { catchDownloads } from '../test/downloads'

const LOADED = { timeout: 15_000 }

/** `2026-11-27 10:00:05` from the simulator's UTC times (the appliance clock is UTC+00:00 there). */
const stamp = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '')

async function protectedVms() {
  const { data } = await scvClient.GET('/4.1/reports/protectedVM')
  return data?.response.protectedVmResponseList ?? []
}

function rowsOf(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1)
}

describe('ReportsPage', { timeout: 90_000 }, () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('on a laptop, folds the reference and the backup name under the VM, named by their headers', async () => {
    const wide = window.matchMedia
    // A 1366 px window: Mantine's xl breakpoint (88em) does not match, lg (75em) does.
    window.matchMedia = (query: string) => ({
      ...wide(query),
      matches: wide(query).matches && !query.includes('88em'),
    })
    try {
      await renderApp('/reports')
      const all = await protectedVms()
      await screen.findByText(`${all.length} rows of ${all.length}`, {}, LOADED)
      const table = screen.getByRole('table', { name: 'Protected VMs' })
      // The header is gone; the folded lines carry the name with a colon.
      expect(within(table).queryByText('Managed object reference')).not.toBeInTheDocument()
      expect(within(table).getByText('Status')).toBeInTheDocument()
      const row = rowsOf(table)[0] as HTMLElement
      const vm = all.find((one) => one.name === within(row).getAllByRole('link')[0]?.textContent)
      expect(row).toHaveTextContent(`Managed object reference:${vm?.moref}`)
      expect(row).toHaveTextContent(`Backup:${vm?.lastBackupName}`)
    } finally {
      window.matchMedia = wide
    }
  })

  it('lists the protected VMs the appliance reports, filtered and searched from the URL', async () => {
    const { router } = await renderApp('/reports')
    const all = await protectedVms()
    expect(await screen.findByText(`${all.length} rows of ${all.length}`, {}, LOADED)).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Protected VMs' })
    expect(within(table).getByText('Last backup (UTC+00:00)')).toBeInTheDocument()

    const finance = all.filter((vm) => vm.resourceGroupName === 'RG_Finance_DB')
    await router.navigate('/reports/protected-vms?group=RG_Finance_DB&sort=moref&dir=desc')
    expect(
      await screen.findByText(`${finance.length} rows of ${finance.length}`, {}, LOADED),
    ).toBeInTheDocument()
    const morefs = rowsOf(screen.getByRole('table', { name: 'Protected VMs' })).map(
      (row) => within(row).getAllByRole('cell')[1]?.textContent,
    )
    expect(morefs).toEqual(
      finance.map((vm) => vm.moref).sort((a, b) => b.localeCompare(a, 'en', { numeric: true })),
    )

    // Each VM opens its backups.
    const first = finance.find((vm) => vm.moref === morefs[0])
    expect(screen.getByRole('link', { name: first?.name })).toHaveAttribute(
      'href',
      expect.stringContaining(`/backups?kind=vm&moref=${first?.moref}`),
    )
  })

  it('exports exactly the filtered rows as CSV and HTML, quoting names and keeping zh-TW readable', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-27T18:30:00Z'))
    const downloads = catchDownloads()
    const { user, router } = await renderApp(
      '/reports/protected-vms?group=RG_Finance_DB&q=%E8%B2%A1%E5%8B%99',
    )
    const all = await protectedVms()
    const ledger = all.find((vm) => vm.name === '財務 "ledger", db02')
    const db01 = all.find((vm) => vm.name === '財務-db01')
    if (!ledger || !db01) throw new Error('the seed no longer has the zh-TW VMs in RG_Finance_DB')
    expect(await screen.findByText('2 rows of 12', {}, LOADED)).toBeInTheDocument()
    expect(router.state.location.search).toBe('?group=RG_Finance_DB&q=%E8%B2%A1%E5%8B%99')

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await user.click(screen.getByRole('button', { name: 'Export HTML' }))
    expect(downloads.map((file) => [file.name, file.type])).toEqual([
      ['scv-protected-vms-2026-11-27.csv', 'text/csv;charset=utf-8'],
      ['scv-protected-vms-2026-11-27.html', 'text/html;charset=utf-8'],
    ])
    const line = (vm: typeof db01, name: string) =>
      [
        name,
        vm.moref,
        vm.resourceGroupName,
        vm.policyName,
        stamp(vm.lastBackupTime),
        'Successful',
        vm.lastBackupName,
      ].join(',')
    expect(await downloads[0]?.text()).toBe(
      '\uFEFF' +
        'VM,Managed object reference,Resource group,Policy,Last backup (UTC+00:00),Status,Backup\r\n' +
        `${line(ledger, '"財務 ""ledger"", db02"')}\r\n` +
        `${line(db01, '財務-db01')}\r\n`,
    )

    const cells = (vm: typeof db01) =>
      [
        vm.name.replace(/"/g, '&quot;'),
        vm.moref,
        vm.resourceGroupName,
        vm.policyName,
        stamp(vm.lastBackupTime),
        'Successful',
        vm.lastBackupName,
      ]
        .map((cell) => `<td>${cell}</td>`)
        .join('')
    const html = (await downloads[1]?.text()) ?? ''
    // The inline stylesheet (screen and print) is checked by the export's unit test; the rest exactly.
    expect(html).toMatch(/<style>[^<]*@media print[^<]*<\/style>/)
    expect(html.replace(/<style>[^<]*<\/style>\n/, '')).toBe(
      [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<title>Protected VMs</title>',
        '</head>',
        '<body>',
        '<h1>Protected VMs</h1>',
        '<p class="note">Resource group: RG_Finance_DB</p>',
        '<p class="note">Search: “財務”</p>',
        '<p class="note">Times are on the appliance&#39;s clock, UTC+00:00.</p>',
        `<p class="note">Generated ${new Date().toLocaleString('en')} by SCV Console — 2 rows</p>`,
        '<table>',
        '<thead><tr><th scope="col">VM</th><th scope="col">Managed object reference</th><th scope="col">Resource group</th><th scope="col">Policy</th><th scope="col">Last backup (UTC+00:00)</th><th scope="col">Status</th><th scope="col">Backup</th></tr></thead>',
        '<tbody>',
        `<tr>${cells(ledger)}</tr>`,
        `<tr>${cells(db01)}</tr>`,
        '</tbody>',
        '</table>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    )
  })

  it('opens a job clicked right after typing a search (the text is written when the box is left)', async () => {
    const { user, router } = await renderApp('/reports/backup-jobs?range=90d')
    await screen.findByTestId('backup-jobs-count', {}, LOADED)
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'RG_Finance_DB')
    await user.tab()
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('RG_Finance_DB')
    const table = screen.getByRole('table', { name: 'Backup jobs' })
    const link = within(rowsOf(table)[0] as HTMLElement).getAllByRole('link')[0]
    if (!link?.textContent) throw new Error('no job to open')
    const id = link.textContent
    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: `Job ${id}` }, LOADED)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/jobs/${id}`)
  })
})
