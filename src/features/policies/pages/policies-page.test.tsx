import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { server } from '../../../mocks/node'
import { clearRequestLog, clearScenarios, getRequestLog, getSimulatorDb, setScenario } from '../../../mocks'

/** The first render loads the lazy page and signs in; give it more than the default second. */
const LOADED = { timeout: 5_000 }

const policyWrites = () =>
  getRequestLog().filter((entry) => entry.path.startsWith('/api/4.1/policies') && entry.method !== 'GET')

type User = Awaited<ReturnType<typeof renderApp>>['user']

async function openPage(path = '/policies') {
  const view = await renderApp(path)
  const table = await screen.findByRole('table', { name: 'Policies' }, LOADED)
  await within(table).findByText('Hourly_Primary', {}, LOADED)
  return { ...view, table }
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    // Policy rows have the details toggle; an open row's detail is a row of its own.
    .filter((row) => row.querySelector('button[aria-expanded]'))
const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name).closest('tr') as HTMLElement

async function openCreate(user: User) {
  await user.click(screen.getByRole('button', { name: 'Create policy' }))
  return screen.findByRole('dialog', { name: 'Create policy' })
}

async function setNumber(user: User, input: HTMLElement, value: string) {
  await user.clear(input)
  if (value) await user.type(input, value)
}

describe('policies page', { timeout: 40_000 }, () => {
  it('lists the policies with their columns and is in the navigation', async () => {
    const { table } = await openPage()
    expect(bodyRows(table)).toHaveLength(6)
    const vault = rowOf(table, 'Daily_SnapVault')
    expect(within(vault).getByText('Daily')).toBeInTheDocument()
    expect(within(vault).getByText('30 backups')).toBeInTheDocument()
    expect(within(rowOf(table, 'Monthly_Locked')).getByText('90 days')).toBeInTheDocument()
    expect(within(rowOf(table, 'Weekly_Archive_Unused')).getByText('180 days')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Policies' })).toHaveAttribute('href', '/policies')
  })

  it('opens a row to show every field, with the open row, search and sort in the URL', async () => {
    const { user, router, table } = await openPage()
    await user.click(screen.getByRole('button', { name: 'Show details of Daily_VM_Consistent' }))
    await waitFor(() => expect(router.state.location.search).toBe('?open=5'))
    const detail = await screen.findByLabelText('Details of Daily_VM_Consistent')
    expect(within(detail).getByText('/opt/netapp/scripts/quiesce_db.sh')).toBeInTheDocument()
    expect(within(detail).getByText('Include datastores with independent disks')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Search policies' }), 'daily')
    await waitFor(() => expect(router.state.location.search).toBe('?q=daily&open=5'))
    await waitFor(() => expect(bodyRows(table)).toHaveLength(2))
    const header = table.querySelector('thead') as HTMLElement
    await user.click(within(header).getByText('Retention'))
    await user.click(within(header).getByText('Retention'))
    await waitFor(() => expect(router.state.location.search).toBe('?q=daily&sort=retention&dir=desc&open=5'))
    expect(within(bodyRows(table)[0] as HTMLElement).getByText('Daily_SnapVault')).toBeInTheDocument()
  })

  it('shows the lock periods in the detail, the secondary inheriting the primary', async () => {
    await openPage('/policies?open=4')
    const detail = await screen.findByLabelText('Details of Monthly_Locked')
    expect(within(detail).getByText('Same as primary')).toBeInTheDocument()
  })

  it('creates a policy with replication and locking (POST /4.1/policies)', async () => {
    const { user, table } = await openPage()
    clearRequestLog()
    const dialog = await openCreate(user)
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Daily_Gold')
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Gold tier')
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Frequency/ }), 'HOURLY')
    await setNumber(user, within(dialog).getByRole('textbox', { name: /Backups to keep/ }), '24')
    await user.click(within(dialog).getByRole('checkbox', { name: /Lock snapshots/ }))
    await setNumber(user, within(dialog).getByRole('textbox', { name: /^Primary lock period/ }), '7')
    await user.click(within(dialog).getByRole('checkbox', { name: /Update SnapVault after backup/ }))
    await user.type(within(dialog).getByRole('textbox', { name: /Snapshot label/ }), 'gold_hourly')
    await user.click(within(dialog).getByRole('checkbox', { name: /^VM consistency/ }))
    await user.type(within(dialog).getByRole('textbox', { name: /Pre-scripts/ }), '/opt/a.sh{Enter}/opt/b.pl')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await screen.findByText('Policy Daily_Gold created')).toBeInTheDocument()
    expect(policyWrites()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/4.1/policies',
        body: {
          name: 'Daily_Gold',
          description: 'Gold tier',
          frequency: 'HOURLY',
          retention: { type: 'COUNT', value: 24 },
          lockingPeriod: { primary: { value: 7, unit: 'DAYS' }, secondary: null },
          updateSnapMirror: false,
          updateSnapVault: true,
          snapshotLabel: 'gold_hourly',
          vmConsistency: true,
          includeIndependentDisks: false,
          preScripts: ['/opt/a.sh', '/opt/b.pl'],
          postScripts: [],
        },
      }),
    ])
    expect(await within(table).findByText('Daily_Gold')).toBeInTheDocument()
  })

  it('checks the naming rule, retention range, SnapVault minimum and label length before any request', async () => {
    const { user } = await openPage()
    clearRequestLog()
    const dialog = await openCreate(user)
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    const retention = within(dialog).getByRole('textbox', { name: /Backups to keep/ })
    await user.type(name, 'Daily Gold#1')
    await setNumber(user, retention, '1019')
    await user.click(within(dialog).getByRole('checkbox', { name: /Update SnapMirror after backup/ }))
    await user.type(within(dialog).getByRole('textbox', { name: /Snapshot label/ }), 'x'.repeat(32))
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(
      await within(dialog).findByText(
        'Names cannot contain spaces or any of these characters: % & * $ # @ ! \\ / : ? " < > - | ; \' ,. Underscore (_) is allowed.',
      ),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('Keep between 1 and 1018 backups (a whole number).')).toBeInTheDocument()
    expect(within(dialog).getByText('The snapshot label can have at most 31 characters.')).toBeInTheDocument()
    // 0 is out of range too; 1 is fine until SnapVault is on.
    await setNumber(user, retention, '0')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(
      await within(dialog).findByText('Keep between 1 and 1018 backups (a whole number).'),
    ).toBeInTheDocument()
    await setNumber(user, retention, '1')
    await user.click(within(dialog).getByRole('checkbox', { name: /Update SnapVault after backup/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(
      await within(dialog).findByText('Keep at least 2 backups when SnapVault updates are on.'),
    ).toBeInTheDocument()
    // A name another policy has is caught too.
    await user.clear(name)
    await user.type(name, 'hourly_primary')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByText('Another policy already has this name.')).toBeInTheDocument()
    expect(policyWrites()).toEqual([])
  })

  it('keeps every typed value when the appliance refuses, and puts its words on the field', async () => {
    setScenario('refused', {
      path: '*/4.1/policies',
      method: 'POST',
      message: 'Retention of 900 backups exceeds the volume snapshot limit.',
    })
    const { user } = await openPage()
    const dialog = await openCreate(user)
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Big_Keep')
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'keeps a lot')
    await setNumber(user, within(dialog).getByRole('textbox', { name: /Backups to keep/ }), '900')
    await user.click(
      within(dialog).getByRole('checkbox', { name: /Include datastores with independent disks/ }),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Your entries are kept/)
    const retention = within(dialog).getByRole('textbox', { name: /Backups to keep/ })
    expect(retention).toHaveAccessibleDescription(/exceeds the volume snapshot limit/)
    expect(retention).toHaveValue('900')
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Big_Keep')
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('keeps a lot')
    expect(
      within(dialog).getByRole('checkbox', { name: /Include datastores with independent disks/ }),
    ).toBeChecked()
  })

  it('edits a policy with PUT /4.1/policies/{id}, marked as inferred', async () => {
    const { user, table } = await openPage()
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Actions for Weekly_SnapMirror' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit policy Weekly_SnapMirror' })
    expect(
      within(dialog).getByText(/PUT \/4.1\/policies\/\{id\} is not in NetApp's REST documentation/),
    ).toBeInTheDocument()
    await setNumber(user, within(dialog).getByRole('textbox', { name: /Backups to keep/ }), '12')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/Policy Weekly_SnapMirror saved/)).toBeInTheDocument()
    expect(policyWrites()).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/api/4.1/policies/3',
        body: expect.objectContaining({
          name: 'Weekly_SnapMirror',
          frequency: 'WEEKLY',
          retention: { type: 'COUNT', value: 12 },
          updateSnapMirror: true,
          snapshotLabel: 'weekly',
        }),
      }),
    ])
    expect(await within(rowOf(table, 'Weekly_SnapMirror')).findByText('12 backups')).toBeInTheDocument()
  })

  it('refuses to delete a policy a resource group uses, naming the groups, without a request', async () => {
    const expected = getSimulatorDb()
      .resourceGroups.filter((group) => group.policies.some((link) => link.id === 1))
      .map((group) => group.name)
    const { user } = await openPage()
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Actions for Hourly_Primary' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete policy Hourly_Primary?' })
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(`Hourly_Primary is used by ${expected.length} resource groups`)
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(expected)
    expect(within(dialog).queryByRole('button', { name: 'Delete policy' })).not.toBeInTheDocument()
    expect(policyWrites()).toEqual([])
  })

  it("shows the appliance's refusal when its groups changed after the check", async () => {
    // The console's check (read again right before the DELETE) sees no group; the appliance knows better and
    // answers 400. A list that disagrees with the appliance's own state is a race no scenario can stage, so this
    // one handler stays.
    server.use(
      http.get('*/api/4.1/resource-groups', () =>
        HttpResponse.json({ statusCode: 200, response: { resourceGroupResponseList: [] } }),
      ),
    )
    const { user } = await openPage()
    await user.click(screen.getByRole('button', { name: 'Actions for Daily_SnapVault' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete policy Daily_SnapVault?' })
    await user.click(await within(dialog).findByRole('button', { name: 'Delete policy' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The appliance refused to delete the policy.')
    expect(alert).toHaveTextContent(/is used by resource group\(s\) .*RG_/)
  })

  it('deletes an unused policy once, even on a double click', async () => {
    const { user, table } = await openPage()
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Actions for Weekly_Archive_Unused' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete policy Weekly_Archive_Unused?' })
    expect(
      await within(dialog).findByText(/SCV deletes the policy Weekly_Archive_Unused/),
    ).toBeInTheDocument()
    await user.dblClick(within(dialog).getByRole('button', { name: 'Delete policy' }))
    expect(await screen.findByText('Policy Weekly_Archive_Unused deleted')).toBeInTheDocument()
    expect(policyWrites()).toEqual([
      expect.objectContaining({ method: 'DELETE', path: '/api/4.1/policies/6' }),
    ])
    await waitFor(() => expect(within(table).queryByText('Weekly_Archive_Unused')).not.toBeInTheDocument())
  })

  it('says when the policies cannot be loaded, with a retry', async () => {
    setScenario('serverError', { path: '*/4.1/policies', method: 'GET', message: 'Repository offline' })
    const { user } = await renderApp('/policies')
    expect(await screen.findByText('Could not load the policies.', {}, LOADED)).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('table', { name: 'Policies' }, LOADED)).toBeInTheDocument()
  })
})
