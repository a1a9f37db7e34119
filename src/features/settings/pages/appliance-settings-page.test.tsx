import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { getRequestLog, getSimulatorDb, setScenario } from '../../../mocks'

const LOADED = { timeout: 20_000 }
const writes = (path: string) => getRequestLog().filter((e) => e.method !== 'GET' && e.path === `/api${path}`)
const section = (name: string) => screen.getByRole('region', { name })

async function openPage() {
  const view = await renderApp('/settings/appliance')
  await screen.findByRole('textbox', { name: /Keep jobs \(days\)/ }, LOADED)
  await screen.findByRole('switch', { name: /^FORCE_ZAPI/ }, LOADED)
  return view
}

describe('appliance settings page', { timeout: 60_000 }, () => {
  it('shows the job retention with its defaults, says the purge cannot be rescheduled, and saves after checking', async () => {
    const { user } = await openPage()
    const retention = section('Job retention')
    const jobs = within(retention).getByRole('textbox', { name: /Keep jobs \(days\)/ })
    const logs = within(retention).getByRole('textbox', { name: /Keep job logs \(days\)/ })
    expect(jobs).toHaveValue('90')
    expect(logs).toHaveValue('30')
    expect(within(retention).getByText(/every 6 hours and cannot be rescheduled/)).toBeInTheDocument()
    await user.clear(logs)
    await user.type(logs, '0')
    await user.click(within(retention).getByRole('button', { name: 'Save retention' }))
    expect(
      await within(retention).findByText('Enter a whole number of days, at least 1.'),
    ).toBeInTheDocument()
    expect(writes('/4.1/jobs/cleanup')).toHaveLength(0)
    await user.clear(logs)
    await user.type(logs, '14')
    await user.dblClick(within(retention).getByRole('button', { name: 'Save retention' }))
    expect(await screen.findByText('Job retention saved.', {}, LOADED)).toBeInTheDocument()
    expect(writes('/4.1/jobs/cleanup')).toHaveLength(1)
    expect(getSimulatorDb().jobCleanup).toEqual({ jobRetentionDays: 90, jobLogRetentionDays: 14 })
  })

  it('turns a configuration key on with one PUT in the documented shape', async () => {
    const { user } = await openPage()
    const zapi = screen.getByRole('switch', { name: /^FORCE_ZAPI/ })
    expect(zapi).not.toBeChecked()
    await user.click(zapi)
    await waitFor(() => expect(zapi).toBeChecked(), LOADED)
    expect(writes('/4.1/configurations').map((e) => e.body)).toEqual([
      { configurationName: 'FORCE_ZAPI', configurationValue: 'true', objectType: 'ConfigKey' },
    ])
    expect(getSimulatorDb().configurations.FORCE_ZAPI).toBe('true')
  })

  it('hides the retention and the configuration keys, with the reason, when the appliance lacks them', async () => {
    setScenario('notOffered', { path: '*/4.1/jobs/cleanup' })
    setScenario('notOffered', { path: '*/4.1/configurations*' })
    await renderApp('/settings/appliance')
    expect(await screen.findByText(/does not have GET \/4.1\/jobs\/cleanup/, {}, LOADED)).toBeInTheDocument()
    expect(await screen.findByText(/does not have GET \/4.1\/configurations/, {}, LOADED)).toBeInTheDocument()
    expect(
      within(section('Configuration keys')).getByText(/documented this call for a while/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('switch', { name: /^ENABLE_FSX/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Save retention' })).toBeNull()
  })

  it('checks the vCenter fields before any request and puts a refusal on the field it names', async () => {
    const { user } = await openPage()
    const vcenter = section('vCenter registration')
    const port = within(vcenter).getByRole('textbox', { name: /^Port/ })
    await user.clear(port)
    await user.type(port, '70000')
    await user.click(within(vcenter).getByRole('button', { name: 'Check connection' }))
    expect(await within(vcenter).findByText('Enter a port between 1 and 65535.')).toBeInTheDocument()
    expect(within(vcenter).getByRole('textbox', { name: /vCenter Server/ })).toHaveAccessibleDescription(
      /Required/,
    )
    expect(writes('/4.1/vcenter/validate')).toHaveLength(0)
    await user.clear(port)
    await user.type(port, '443')
    await user.type(within(vcenter).getByRole('textbox', { name: /vCenter Server/ }), 'vcsa01.demo.local')
    await user.type(
      within(vcenter).getByRole('textbox', { name: /User name/ }),
      'administrator@vsphere.local',
    )
    const password = within(vcenter).getByLabelText(/^Password/)
    await user.type(password, 'wrong')
    await user.click(within(vcenter).getByRole('button', { name: 'Check connection' }))
    await waitFor(() => expect(password).toHaveAccessibleDescription(/rejected the credentials/), LOADED)
    await user.clear(password)
    await user.type(password, 'simulator')
    await user.click(within(vcenter).getByRole('button', { name: 'Check connection' }))
    expect(
      await within(vcenter).findByText('vCenter Server connection and credentials are valid.', {}, LOADED),
    ).toBeInTheDocument()
  })

  it('confirms before registering, sends one POST, and hides a check the appliance lacks', async () => {
    setScenario('notOffered', { path: '*/4.1/vcenter/validate' })
    const { user } = await openPage()
    const vcenter = section('vCenter registration')
    await user.type(within(vcenter).getByRole('textbox', { name: /vCenter Server/ }), 'vcsa01.demo.local')
    await user.type(
      within(vcenter).getByRole('textbox', { name: /User name/ }),
      'administrator@vsphere.local',
    )
    await user.type(within(vcenter).getByLabelText(/^Password/), 'simulator')
    await user.click(within(vcenter).getByRole('button', { name: 'Check connection' }))
    expect(
      await within(vcenter).findByText(/does not have POST \/4.1\/vcenter\/validate/, {}, LOADED),
    ).toBeInTheDocument()
    expect(within(vcenter).queryByRole('button', { name: 'Check connection' })).toBeNull()
    await user.click(within(vcenter).getByRole('button', { name: 'Register extension' }))
    const dialog = await screen.findByRole('dialog', { name: 'Register with vcsa01.demo.local?' })
    expect(within(dialog).getByText(/replacing the registration/)).toBeInTheDocument()
    await user.dblClick(within(dialog).getByRole('button', { name: 'Register' }))
    expect(
      await screen.findByText('Successfully registered extension with vCenter Server.', {}, LOADED),
    ).toBeInTheDocument()
    expect(writes('/4.1/vcenter')).toHaveLength(1)
  })
})
