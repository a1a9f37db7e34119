import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { server } from '../../../mocks/node'
import { clearRequestLog, getRequestLog, setScenario } from '../../../mocks'
import { callLines, LOADED, next, pickFromPicker, stepHeading } from './wizard-test-helpers'

const isWorkflowCall = (path: string) => /\/4\.1\/(policies|resource-groups)/.test(path)

/** Goes through steps 1–3 with a valid name and two VMs picked by name. */
async function throughResources(user: Parameters<typeof next>[0], name = 'RG_New_Web') {
  await stepHeading('General')
  await user.type(screen.getByRole('textbox', { name: 'Name' }), name)
  await next(user)
  await stepHeading('Resources')
  const picked = await pickFromPicker(user, 'Virtual machines', 'app-web-1', 2)
  await next(user)
  await stepHeading('Spanning disks')
  return picked
}

describe('resource group wizard', { timeout: 60_000 }, () => {
  it('step 1 checks the name, the e-mail fields when notifying and the snapshot-name format', async () => {
    const { user } = await renderApp('/resource-groups/new')
    await stepHeading('General')
    await next(user)
    expect(await screen.findByText('Required.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'RG New')
    await next(user)
    expect(await screen.findByText(/Names cannot contain spaces/)).toBeInTheDocument()
    await user.clear(screen.getByRole('textbox', { name: 'Name' }))
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'RG_New')

    await user.click(
      screen.getAllByLabelText('Send e-mail').find((element) => element.tagName === 'INPUT') as HTMLElement,
    )
    await user.click(await screen.findByRole('option', { name: 'Errors or warnings' }))
    await user.type(screen.getByRole('textbox', { name: 'Send from' }), 'scv@')
    await user.type(screen.getByRole('textbox', { name: 'Send to' }), 'ops@example.com, team@')
    await user.click(screen.getByRole('checkbox', { name: 'Custom snapshot name format' }))
    await user.clear(screen.getByRole('textbox', { name: 'Snapshot name format' }))
    await user.type(screen.getByRole('textbox', { name: 'Snapshot name format' }), '$ResourceGroup_$Date')
    await next(user)
    expect(await screen.findByText(/Enter an e-mail address such as/)).toBeInTheDocument()
    expect(screen.getByText(/Not an e-mail address: team@/)).toBeInTheDocument()
    expect(screen.getByText(/Unknown variable \$Date/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('General')

    await user.clear(screen.getByRole('textbox', { name: 'Snapshot name format' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Snapshot name format' }),
      '$ResourceGroup_$CustomText',
    )
    await next(user)
    expect(await screen.findByRole('textbox', { name: 'Custom text' })).toHaveAccessibleDescription(
      /Replaces \$CustomText/,
    )
    await user.type(screen.getByRole('textbox', { name: 'Custom text' }), 'nightly')
    await user.type(screen.getByRole('textbox', { name: 'Send from' }), 'example.com')
    await user.type(screen.getByRole('textbox', { name: 'Send to' }), 'example.com')
    await next(user)
    expect(await stepHeading('Resources')).toBeInTheDocument()
  })

  it('step 2 needs members and checks the composition rules before Next', async () => {
    // An appliance that reports template, vVol and datastore-type flags on group members.
    server.use(
      http.get('*/api/4.1/resource-groups', () =>
        HttpResponse.json({
          statusCode: 200,
          response: {
            resourceGroupResponseList: [
              {
                id: 1,
                name: 'RG_Flags',
                entities: [
                  { moref: 'vm-9001', name: 'plain_vm', type: 'VM' },
                  { moref: 'vm-9002', name: 'vvol_app', type: 'VM', isVvol: true },
                  { moref: 'vm-9003', name: 'tmpl_base', type: 'VM', isTemplate: true },
                  { moref: 'datastore-9004', name: 'fg_data', type: 'DATASTORE', datastoreType: 'FLEXGROUP' },
                  { moref: 'datastore-9005', name: 'nfs_data', type: 'DATASTORE', datastoreType: 'NFS' },
                ],
              },
            ],
          },
        }),
      ),
    )
    const { user } = await renderApp('/resource-groups/new')
    await stepHeading('General')
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'RG_Rules')
    await next(user)
    await stepHeading('Resources')
    await next(user)
    expect(await screen.findByText('Pick at least one member.')).toBeInTheDocument()

    // Templates are refused in the picker itself, with the reason.
    const input = screen.getByRole('textbox', { name: 'Virtual machines' })
    await user.click(input)
    await user.type(input, 'tmpl')
    expect(
      await screen.findByRole('option', { name: /tmpl_base.*templates cannot be backed up/ }),
    ).toHaveAttribute('aria-disabled', 'true')
    await user.clear(input)

    await pickFromPicker(user, 'Virtual machines', 'vvol_app', 1)
    await pickFromPicker(user, 'Virtual machines', 'plain_vm', 1)
    await next(user)
    expect(
      await screen.findByText(/vVol VMs cannot be mixed with traditional VMs: vvol_app/),
    ).toBeInTheDocument()

    // A typed moref that repeats a known name: names must be unique. Datastore scope: FlexGroup alone.
    await user.click(screen.getByRole('radio', { name: 'Datastores' }))
    await pickFromPicker(user, 'Datastores', 'fg_data', 1)
    await pickFromPicker(user, 'Datastores', 'nfs_data', 1)
    await next(user)
    expect(
      await screen.findByText(/A FlexGroup datastore must be the only member of its group: fg_data/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remove nfs_data' }))
    await next(user)
    await stepHeading('Spanning disks')
    expect(
      screen.getByText(/does not support spanning disks for FlexGroup datastores or vVol VMs/),
    ).toBeInTheDocument()
  })

  it('step 3 defaults by scope and needs datastores for a manual choice', async () => {
    const { user } = await renderApp('/resource-groups/new')
    await throughResources(user)
    expect(
      screen.getByRole('radio', {
        name: /Always include all spanning datastores \(default for Virtual machines\)/,
      }),
    ).toBeChecked()
    await user.click(screen.getByRole('radio', { name: /Manually select/ }))
    await next(user)
    expect(
      await screen.findByText('Pick at least one datastore, or choose another option.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await stepHeading('Resources')
    await user.click(screen.getByRole('radio', { name: 'Datastores' }))
    await pickFromPicker(user, 'Datastores', 'nfs', 1)
    await next(user)
    await stepHeading('Spanning disks')
    expect(
      screen.getByRole('radio', {
        name: /Always exclude all spanning datastores \(default for Datastores\)/,
      }),
    ).toBeChecked()
  })

  it('step 4 reads the policies only then, warns without one, and creates one inline with the shared rules', async () => {
    const { user } = await renderApp('/resource-groups/new')
    clearRequestLog()
    await throughResources(user)
    expect(callLines((path) => path.includes('/4.1/policies'))).toEqual([])
    await next(user)
    await stepHeading('Policies')
    expect(await screen.findByRole('checkbox', { name: 'Hourly_Primary' }, LOADED)).toBeInTheDocument()
    expect(callLines((path) => path.includes('/4.1/policies'))).toEqual(['GET /4.1/policies'])
    expect(
      screen.getByText(/cannot be backed up \(scheduled or on demand\) until a policy is added/),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Create a policy' }))
    const inline = screen.getByRole('group', { name: 'New policy' })
    await user.type(within(inline).getByRole('textbox', { name: 'Policy name' }), 'Nightly VMs')
    await user.clear(within(inline).getByRole('textbox', { name: 'Backups to keep' }))
    await user.type(within(inline).getByRole('textbox', { name: 'Backups to keep' }), '2000')
    await user.click(within(inline).getByRole('button', { name: 'Create policy' }))
    expect(await within(inline).findByText(/Names cannot contain spaces/)).toBeInTheDocument()
    expect(within(inline).getByText(/Keep between 1 and 1018 backups/)).toBeInTheDocument()
    expect(
      callLines((path) => path.includes('/4.1/policies')).filter((line) => line.startsWith('POST')),
    ).toEqual([])

    await user.clear(within(inline).getByRole('textbox', { name: 'Policy name' }))
    await user.type(within(inline).getByRole('textbox', { name: 'Policy name' }), 'Nightly_VMs')
    await user.clear(within(inline).getByRole('textbox', { name: 'Backups to keep' }))
    await user.type(within(inline).getByRole('textbox', { name: 'Backups to keep' }), '14')
    await user.click(within(inline).getByRole('button', { name: 'Create policy' }))
    expect(await screen.findByRole('checkbox', { name: 'Nightly_VMs' }, LOADED)).toBeChecked()
    expect(
      getRequestLog().find((entry) => entry.method === 'POST' && entry.path === '/api/4.1/policies')?.body,
    ).toEqual({
      name: 'Nightly_VMs',
      frequency: 'DAILY',
      retention: { type: 'COUNT', value: 14 },
    })
  })

  it('step 5 sets a schedule per policy in the appliance time zone, with a non-zero start time', async () => {
    const { user } = await renderApp('/resource-groups/new')
    await throughResources(user)
    await next(user)
    await stepHeading('Policies')
    await user.click(await screen.findByRole('checkbox', { name: 'Hourly_Primary' }, LOADED))
    await next(user)
    await stepHeading('Schedules')
    expect(screen.getByText(/SCV runs schedules in the appliance's time zone/)).toBeInTheDocument()
    const schedule = screen.getByRole('group', { name: 'Schedule for Hourly_Primary' })
    fireEvent.change(within(schedule).getByLabelText(/^At/), { target: { value: '00:00' } })
    await user.clear(within(schedule).getByRole('textbox', { name: 'Every' }))
    await user.type(within(schedule).getByRole('textbox', { name: 'Every' }), '30')
    await next(user)
    expect(await within(schedule).findByText('SCV needs a start time other than 00:00.')).toBeInTheDocument()
    expect(within(schedule).getByText('Enter a whole number from 1 to 24.')).toBeInTheDocument()
    fireEvent.change(within(schedule).getByLabelText(/^At/), { target: { value: '06:30' } })
    await user.clear(within(schedule).getByRole('textbox', { name: 'Every' }))
    await user.type(within(schedule).getByRole('textbox', { name: 'Every' }), '4')
    await next(user)
    expect(await stepHeading('Summary')).toBeInTheDocument()
  })

  it('creates through exactly the W3 calls, shows them as curl, and opens the new group', async () => {
    const { user, router } = await renderApp('/resource-groups/new')
    clearRequestLog()
    await throughResources(user, 'RG_W3_Check')
    await next(user)
    await stepHeading('Policies')
    await user.click(await screen.findByRole('checkbox', { name: 'Hourly_Primary' }, LOADED))
    await next(user)
    await stepHeading('Schedules')
    await next(user)
    await stepHeading('Summary')
    const calls = screen.getByRole('group', { name: 'REST calls this will make' })
    // Only what Create sends: the policies were read on step 4 and are not read again.
    expect(within(calls).queryByText('/api/4.1/policies')).not.toBeInTheDocument()
    expect(within(calls).getByText('/api/4.1/resource-groups')).toBeInTheDocument()
    expect(
      within(calls).getByRole('button', { name: 'Copy POST /4.1/resource-groups as curl' }),
    ).toBeInTheDocument()
    const previewBody = JSON.parse(within(calls).getByTestId('rest-call-body').textContent ?? '{}') as Record<
      string,
      unknown
    >

    await user.dblClick(screen.getByRole('button', { name: 'Create resource group' }))
    await waitFor(() => {
      const alert = screen.queryByText(/was not created/)
      if (alert) throw new Error(`create failed: ${document.querySelector('[role=alert]')?.textContent}`)
      expect(router.state.location.pathname).toMatch(/^\/resource-groups\/\d+$/)
    }, LOADED)
    expect(await screen.findByRole('heading', { level: 1, name: 'RG_W3_Check' }, LOADED)).toBeInTheDocument()

    const lines = callLines(isWorkflowCall)
    const post = lines.indexOf('POST /4.1/resource-groups')
    // W3: the policies are read (step 4), then one POST; the reads before step 4 are the picker's name lookups.
    expect(lines.filter((line) => !line.startsWith('GET'))).toEqual(['POST /4.1/resource-groups'])
    expect(lines.indexOf('GET /4.1/policies')).toBeLessThan(post)
    const sent = getRequestLog().find(
      (entry) => entry.method === 'POST' && entry.path === '/api/4.1/resource-groups',
    )
    expect(sent?.body).toEqual(previewBody)
    expect(sent?.body).toMatchObject({
      name: 'RG_W3_Check',
      spanningDatastores: { spanningType: 'INCLUDE_ALL' },
      policies: [{ id: 1, frequency: 'HOURLY', schedule: { type: 'HOURLY' } }],
      notification: 'NEVER',
    })
    expect((sent?.body as { entities: string[] }).entities).toHaveLength(2)
  })

  it('finds the new group by name when the create reply has no id (W3 step 3)', async () => {
    server.use(
      http.post('*/api/4.1/resource-groups', async ({ request }) => {
        const body = (await request.json()) as { name: string }
        // Pass the create on to the simulator but answer without the payload, as the documented reply may.
        const { getSimulatorDb } = await import('../../../mocks')
        const db = getSimulatorDb()
        db.resourceGroups.push({
          ...structuredClone(db.resourceGroups[1]!),
          id: 777,
          name: body.name,
        })
        return HttpResponse.json({ statusCode: 200, statusMessage: 'OK', responseMessage: 'Created.' })
      }),
    )
    const { user, router } = await renderApp('/resource-groups/new')
    await throughResources(user, 'RG_No_Id')
    await next(user)
    await stepHeading('Policies')
    await next(user)
    await stepHeading('Schedules')
    await next(user)
    await stepHeading('Summary')
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Create resource group' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/resource-groups/777'), LOADED)
    // The overriding handler answers before the simulator logs the POST; the re-read is what W3 step 3 adds.
    expect(callLines(isWorkflowCall)[0]).toBe('GET /4.1/resource-groups')
  })

  it('puts an appliance refusal on the step and field it names, keeping every value', async () => {
    setScenario('refused', {
      path: '*/4.1/resource-groups',
      method: 'POST',
      message: "A resource group named 'RG_Taken' already exists.",
    })
    const { user } = await renderApp('/resource-groups/new')
    const picked = await throughResources(user, 'RG_Taken')
    await next(user)
    await stepHeading('Policies')
    await user.click(await screen.findByRole('checkbox', { name: 'Hourly_Primary' }, LOADED))
    await next(user)
    await stepHeading('Schedules')
    fireEvent.change(screen.getByLabelText(/^At/), { target: { value: '05:45' } })
    await next(user)
    await stepHeading('Summary')
    await user.click(screen.getByRole('button', { name: 'Create resource group' }))

    await stepHeading('General')
    const name = screen.getByRole('textbox', { name: 'Name' })
    expect(name).toHaveValue('RG_Taken')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(/already exists/)
    expect(
      screen.getByText('The resource group was not created. Every value you entered is kept.'),
    ).toBeInTheDocument()

    await next(user)
    await stepHeading('Resources')
    for (const vm of picked) expect(screen.getAllByText(vm).length).toBeGreaterThan(0)
    await next(user)
    await next(user)
    expect(await screen.findByRole('checkbox', { name: 'Hourly_Primary' }, LOADED)).toBeChecked()
    await next(user)
    await stepHeading('Schedules')
    expect(screen.getByLabelText(/^At/)).toHaveValue('05:45')
  })

  it('refusals it cannot place stay on the summary with the appliance words', async () => {
    setScenario('serverError', {
      path: '*/4.1/resource-groups',
      method: 'POST',
      message: 'Internal error while saving.',
    })
    const { user } = await renderApp('/resource-groups/new')
    await throughResources(user, 'RG_Server_Error')
    await next(user)
    await stepHeading('Policies')
    await next(user)
    await stepHeading('Schedules')
    await next(user)
    await stepHeading('Summary')
    await user.click(screen.getByRole('button', { name: 'Create resource group' }))
    expect(await screen.findByText(/Internal error while saving/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Summary')
    expect(screen.getByRole('button', { name: 'Create resource group' })).toBeEnabled()
  })

  it('edits a group through W4: the values come from the group and the whole group is PUT', async () => {
    const { user, router } = await renderApp('/resource-groups/2/edit')
    await stepHeading('General')
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('RG_Web_Tier')
    await user.clear(screen.getByRole('textbox', { name: 'Description' }))
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Front end')
    await next(user)
    await stepHeading('Resources')
    await next(user)
    await next(user)
    await stepHeading('Policies')
    expect(await screen.findByRole('checkbox', { name: 'Hourly_Primary' }, LOADED)).toBeChecked()
    await next(user)
    await next(user)
    await stepHeading('Summary')
    expect(
      within(screen.getByRole('group', { name: 'REST calls this will make' })).getByText(
        '/api/4.1/resource-groups/2',
      ),
    ).toBeInTheDocument()
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/resource-groups/2'), LOADED)
    const put = getRequestLog().find((entry) => entry.method === 'PUT')
    expect(put?.path).toBe('/api/4.1/resource-groups/2')
    expect(put?.body).toMatchObject({ name: 'RG_Web_Tier', description: 'Front end', policies: [{ id: 1 }] })
    expect((put?.body as { entities: string[] }).entities).toHaveLength(28)
  })
  it('passes an existing group unchanged: RG_Finance_DB keeps its stored $CustomText format without custom text', async () => {
    const { user, router } = await renderApp('/resource-groups/1/edit')
    await stepHeading('General')
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('RG_Finance_DB')
    for (let step = 0; step < 5; step++) await next(user)
    await stepHeading('Summary')
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/resource-groups/1'), LOADED)
    const put = getRequestLog().find((entry) => entry.method === 'PUT')
    expect(put?.body).toMatchObject({ snapshotNameFormat: '$ResourceGroup_$Policy_$CustomText' })
  })
})
