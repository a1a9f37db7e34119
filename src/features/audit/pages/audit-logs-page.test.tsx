import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { getRequestLog, getSimulatorDb, setScenario } from '../../../mocks'

const LOADED = { timeout: 20_000 }

const calls = (method: string, path: string) =>
  getRequestLog().filter((entry) => entry.method === method && entry.path === `/api${path}`)

async function openPage() {
  const view = await renderApp('/settings/audit')
  const table = await screen.findByRole('table', { name: /Audit files on the appliance/ }, LOADED)
  await screen.findByRole('heading', { name: 'Audit settings' })
  await screen.findByRole('textbox', { name: /Maximum number of files/ }, LOADED)
  return { ...view, table }
}

const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name).closest('tr') as HTMLElement

describe('audit logs page', { timeout: 60_000 }, () => {
  it('lists every file with its integrity state, opens files that exist and shows an unknown state as unknown', async () => {
    const db = getSimulatorDb()
    const rolled = db.auditFiles[1]
    if (rolled) (rolled as { integrity: string }).integrity = 'QUARANTINED'
    const { table } = await openPage()
    for (const state of ['ACTIVE', 'NORMAL', 'ROLLOVER DELETE', 'UNEXPECTED DELETE', 'TAMPERED'])
      expect(within(table).getAllByText(state).length, state).toBeGreaterThan(0)
    expect(within(table).getByText('unknown: QUARANTINED')).toBeInTheDocument()
    expect(within(table).getByRole('link', { name: 'Open audit file audit.log' })).toHaveAttribute(
      'href',
      '/settings/audit/files/audit.log',
    )
    const gone = db.auditFiles.find((f) => f.integrity === 'UNEXPECTED DELETE')?.fileName ?? ''
    const goneRow = rowOf(table, gone)
    expect(within(goneRow).queryByRole('link')).toBeNull()
    expect(within(goneRow).getByText(/No longer on the appliance/)).toBeInTheDocument()
    // What each state means is on the page, TAMPERED's advice included.
    expect(screen.getByText(/changed after it was written/)).toBeInTheDocument()
  })

  it('verifies once on a double click and shows the result per file, naming the newly tampered one', async () => {
    const { user } = await openPage()
    const db = getSimulatorDb()
    const edited = db.auditFiles[5]?.fileName ?? ''
    await user.dblClick(screen.getByRole('button', { name: 'Verify integrity' }))
    const result = await screen.findByRole('alert', {}, LOADED)
    expect(result).toHaveTextContent('2 files are TAMPERED')
    const changes = within(result).getByRole('list', { name: '1 file changed state in this check' })
    expect(changes).toHaveTextContent(edited)
    expect(within(changes).getByText('NORMAL')).toBeInTheDocument()
    expect(within(changes).getByText('TAMPERED')).toBeInTheDocument()
    expect(result).toHaveTextContent(/Do not trust its entries/)
    expect(calls('POST', '/4.1/audit/verify')).toHaveLength(1)
  })

  it('checks the settings before sending: whole numbers, and the syslog host and port while forwarding is on', async () => {
    const { user } = await openPage()
    const maxFiles = screen.getByRole('textbox', { name: /Maximum number of files/ })
    await user.clear(maxFiles)
    await user.type(maxFiles, '0')
    await user.click(screen.getByRole('switch', { name: /Send audit logs to a syslog server/ }))
    const port = screen.getByRole('textbox', { name: /^Port/ })
    await user.clear(port)
    await user.type(port, '70000')
    await user.click(screen.getByRole('button', { name: 'Save audit settings' }))
    expect(await screen.findByText('Enter a whole number, at least 1.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Syslog server/ })).toHaveAccessibleDescription(/Required/)
    expect(screen.getByText('Enter a port between 1 and 65535.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: /Syslog server/ }), 'not a host!')
    await user.click(screen.getByRole('button', { name: 'Save audit settings' }))
    expect(await screen.findByText(/Enter a host name, FQDN/)).toBeInTheDocument()
    expect(calls('PUT', '/4.1/audit/config')).toHaveLength(0)
  })

  it('saves the settings, and puts a refusal on the field it is about', async () => {
    const { user } = await openPage()
    await user.click(screen.getByRole('switch', { name: /Send audit logs to a syslog server/ }))
    const host = screen.getByRole('textbox', { name: /Syslog server/ })
    await user.type(host, 'logs.example.invalid')
    await user.click(screen.getByRole('button', { name: 'Save audit settings' }))
    await waitFor(() => expect(host).toHaveAccessibleDescription(/could not be resolved/), LOADED)
    await user.clear(host)
    await user.type(host, 'syslog.demo.local')
    await user.click(screen.getByRole('button', { name: 'Save audit settings' }))
    expect(await screen.findByText('Audit settings saved.', {}, LOADED)).toBeInTheDocument()
    expect(calls('PUT', '/4.1/audit/config').at(-1)?.body).toEqual({
      auditMaxROFiles: 10,
      auditLogSize: 10,
      syslogEnabled: true,
      syslogServerIp: 'syslog.demo.local',
      syslogServerPort: 6514,
      syslogRfcFormat: 'RFC_5424',
    })
    expect(getSimulatorDb().auditConfig.syslogServerIp).toBe('syslog.demo.local')
  })

  it('reads the certificate in the browser and refuses what is not a PEM certificate before sending', async () => {
    const { user } = await openPage()
    const section = screen.getByRole('region', { name: 'Audit settings' })
    const input = section.querySelector('input[type="file"]') as HTMLInputElement
    const upload = screen.getByRole('button', { name: 'Upload certificate' })
    await user.upload(input, new File(['hello'], 'cert.pem', { type: 'application/x-pem-file' }))
    await user.click(upload)
    expect(await screen.findByText(/This is not a PEM file/)).toBeInTheDocument()
    await user.upload(
      input,
      new File(['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n'], 'key.pem'),
    )
    await user.click(upload)
    expect(await screen.findByText(/This is a private key/)).toBeInTheDocument()
    expect(calls('PUT', '/4.1/audit/syslogcert')).toHaveLength(0)
    await user.upload(
      input,
      new File(['-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n'], 'ok.pem'),
    )
    await user.click(upload)
    expect(await screen.findByText('Syslog certificate uploaded.', {}, LOADED)).toBeInTheDocument()
    expect(await screen.findByText(/A certificate is installed/, {}, LOADED)).toBeInTheDocument()
    expect(calls('PUT', '/4.1/audit/syslogcert')).toHaveLength(1)
  })

  it('hides the settings with the reason when the appliance does not offer them (SCV before 4.9)', async () => {
    setScenario('notOffered', { path: '*/4.1/audit/config' })
    await renderApp('/settings/audit')
    await screen.findByRole('table', { name: /Audit files on the appliance/ }, LOADED)
    expect(await screen.findByText(/does not have GET 4.1\/audit\/config/, {}, LOADED)).toBeInTheDocument()
    expect(screen.getByText(/came with SCV 4.9/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save audit settings' })).toBeNull()
  })

  it('says when the files cannot be loaded, with a retry', async () => {
    setScenario('serverError', { path: '*/4.1/audit/logs' })
    const { user } = await renderApp('/settings/audit')
    expect(await screen.findByText('Could not load the audit files.', {}, LOADED)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Verify integrity' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(calls('GET', '/4.1/audit/logs').length).toBeGreaterThan(1)
  })
})

describe('audit file viewer', { timeout: 60_000 }, () => {
  it('searches, filters by event and shows lines as written, keeping the filter in the URL', async () => {
    const { user, router } = await renderApp('/settings/audit/files/audit.log')
    const status = await screen.findByText(/^[\d,]+ of [\d,]+ lines$/, {}, LOADED)
    const total = getSimulatorDb().auditFiles.find((f) => f.fileName === 'audit.log')?.lines.length ?? 0
    expect(status).toHaveTextContent(`${total.toLocaleString('en')} of ${total.toLocaleString('en')} lines`)
    // The table is drawn again when its columns change (as written or as fields): always read the current one.
    const entriesTable = () => screen.getByRole('table', { name: 'Audit entries' })
    const table = entriesTable()
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(5)
    expect(within(table).getAllByRole('row').length).toBeLessThan(60) // only what is in view
    const search = screen.getByRole('textbox', { name: 'Search' })
    fireEvent.change(search, { target: { value: 'RG_Finance_DB' } })
    fireEvent.blur(search) // leaving the box writes its text at once
    await waitFor(() => expect(router.state.location.search).toBe('?q=RG_Finance_DB'))
    const shown = Number(status.textContent?.split(' ')[0]?.replace(/,/g, ''))
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(total)
    for (const row of within(table).getAllByRole('row').slice(1))
      expect(row.getAttribute('title') ?? row.textContent).toMatch(/RG_Finance_DB/)
    await user.click(screen.getByRole('switch', { name: 'Show lines as written' }))
    expect(within(entriesTable()).getByRole('columnheader', { name: 'Line as written' })).toBeInTheDocument()
    expect(within(entriesTable()).getAllByRole('cell')[1]).toHaveTextContent(/AUDIT user="/)
    fireEvent.change(search, { target: { value: '' } })
    await user.click(screen.getByRole('combobox', { name: 'Event type' }))
    await user.click(await screen.findByRole('option', { name: 'Lines without fields' }))
    await waitFor(() => expect(router.state.location.search).toMatch(/event=__unparsed__/))
    // The router's state changes before React draws it (a transition): wait for the rows, not only the URL.
    await waitFor(() => {
      for (const row of within(entriesTable()).getAllByRole('row').slice(1))
        expect(row).toHaveTextContent(/console: user/)
    })
  })

  it('says a file that is gone cannot be opened, with a retry', async () => {
    const gone = getSimulatorDb().auditFiles.find((f) => f.integrity === 'ROLLOVER DELETE')?.fileName ?? ''
    await renderApp(`/settings/audit/files/${encodeURIComponent(gone)}`)
    expect(await screen.findByText(`Could not load ${gone}.`, {}, LOADED)).toBeInTheDocument()
    expect(screen.getByText(/no longer on the appliance/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
