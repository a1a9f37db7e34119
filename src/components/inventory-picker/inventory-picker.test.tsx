import { useState, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { QueryClient } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { server } from '../../mocks/node'
import { InventoryPicker } from './inventory-picker'
import type { InventoryItem } from './inventory-items'

const API = '*/api/4.1'

function answerInventory({ failReports = false } = {}) {
  server.use(
    http.get(`${API}/resource-groups`, () =>
      HttpResponse.json({
        response: {
          resourceGroupResponseList: [
            {
              id: 1,
              name: 'RG_Finance',
              entities: [
                { moref: 'vm-12', name: 'fin-db01', type: 'VM' },
                { moref: 'vm-13', name: 'fin-db02', type: 'VM' },
                { moref: 'datastore-3', name: 'nfs_ds01', type: 'DATASTORE' },
              ],
            },
          ],
        },
      }),
    ),
    http.get(`${API}/reports/protectedVM`, () =>
      failReports
        ? HttpResponse.json({ statusMessage: 'report service down' }, { status: 500 })
        : HttpResponse.json({
            response: { protectedVmResponseList: [{ moref: 'vm-12', name: 'fin-db01' }] },
          }),
    ),
    http.get(`${API}/reports/unProtectedVM`, () =>
      HttpResponse.json({
        response: {
          unprotectedVmResponseList: [
            { moref: 'vm-7', name: 'tmpl-win2022', isTemplate: true },
            { moref: 'vm-40', name: 'vvol_vm01', isVvol: true },
          ],
        },
      }),
    ),
  )
}

function Harness({
  kind = 'vm',
  disableTemplates = false,
  onPicked,
}: {
  kind?: 'vm' | 'datastore'
  disableTemplates?: boolean
  onPicked?: (item: InventoryItem | null) => void
}) {
  const [value, setValue] = useState<InventoryItem | null>(null)
  return (
    <InventoryPicker
      kind={kind}
      value={value}
      onChange={(item) => {
        setValue(item)
        onPicked?.(item)
      }}
      disableWhen={
        disableTemplates ? (item) => (item.isTemplate ? 'Templates cannot be restored' : null) : undefined
      }
    />
  )
}

function MultiHarness() {
  const [value, setValue] = useState<InventoryItem[]>([])
  return (
    <>
      <InventoryPicker kind="vm" multiple value={value} onChange={setValue} />
      <output aria-label="picked">{value.map((item) => item.moref).join(',')}</output>
    </>
  )
}

function renderPicker(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  render(
    <Providers queryClient={queryClient} devtools={false}>
      {ui}
    </Providers>,
  )
  return { user }
}

describe('InventoryPicker', () => {
  it('finds a VM by part of its name and picks it with the keyboard', async () => {
    answerInventory()
    const picked: Array<InventoryItem | null> = []
    const { user } = renderPicker(<Harness onPicked={(item) => picked.push(item)} />)
    const input = screen.getByRole('textbox', { name: 'Virtual machine' })
    await user.click(input)
    await user.type(input, 'db02')
    const listbox = await screen.findByRole('listbox')
    await within(listbox).findByRole('option', { name: /fin-db02/ })
    expect(within(listbox).queryByRole('option', { name: /fin-db01/ })).not.toBeInTheDocument()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(picked.at(-1)).toMatchObject({
      moref: 'vm-13',
      name: 'fin-db02',
      kind: 'vm',
      resourceGroups: ['RG_Finance'],
    })
    expect(screen.getByText('Selected: fin-db02 (vm-13)')).toBeInTheDocument()
  })

  it('focused on load keeps its list closed until the user types, clicks or presses ArrowDown', async () => {
    answerInventory()
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const user = userEvent.setup()
    render(
      <Providers queryClient={queryClient} devtools={false}>
        <InventoryPicker kind="vm" value={null} onChange={() => {}} autoFocus />
      </Providers>,
    )
    const input = screen.getByRole('textbox', { name: 'Virtual machine' })
    expect(input).toHaveFocus()
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.keyboard('{ArrowDown}')
    expect(await screen.findByRole('listbox')).toBeVisible()
  })

  it('marks templates and vVol VMs, and refuses templates with the reason when told to', async () => {
    answerInventory()
    const picked: Array<InventoryItem | null> = []
    const { user } = renderPicker(<Harness disableTemplates onPicked={(item) => picked.push(item)} />)
    await user.click(screen.getByRole('textbox', { name: 'Virtual machine' }))
    const listbox = await screen.findByRole('listbox')
    const template = await within(listbox).findByRole('option', {
      name: /tmpl-win2022: Templates cannot be restored/,
    })
    expect(within(template).getByText('Template')).toBeInTheDocument()
    expect(template).toHaveAttribute('aria-disabled', 'true')
    const vvol = within(listbox).getByRole('option', { name: /vvol_vm01/ })
    expect(within(vvol).getByText('vVol')).toBeInTheDocument()
    await user.click(template)
    expect(picked).toEqual([])
  })

  it('lists only datastores for kind datastore', async () => {
    answerInventory()
    const { user } = renderPicker(<Harness kind="datastore" />)
    await user.click(screen.getByRole('textbox', { name: 'Datastore' }))
    const listbox = await screen.findByRole('listbox')
    expect(await within(listbox).findByRole('option', { name: /nfs_ds01/ })).toBeInTheDocument()
    expect(within(listbox).queryByRole('option', { name: /fin-db01/ })).not.toBeInTheDocument()
  })

  it('takes a valid moref the appliance does not know, and explains a malformed one', async () => {
    answerInventory()
    const picked: Array<InventoryItem | null> = []
    const { user } = renderPicker(<Harness onPicked={(item) => picked.push(item)} />)
    const input = screen.getByRole('textbox', { name: 'Virtual machine' })
    await user.click(input)
    await screen.findByRole('option', { name: /fin-db01/ })
    await user.type(input, 'vm-12x')
    expect(await screen.findByText('"vm-12x" is not a VM moref (vm-123) or a VM UUID.')).toBeInTheDocument()
    await user.clear(input)
    await user.type(input, 'vm-999')
    await user.click(await screen.findByRole('option', { name: 'Use vm-999 (not known by name)' }))
    expect(picked.at(-1)).toEqual({ moref: 'vm-999', name: 'vm-999', kind: 'vm', entered: true })
    expect(screen.getByText('Entered by moref')).toBeInTheDocument()
  })

  it('still lists what loaded when one source fails, and says so with a retry', async () => {
    answerInventory({ failReports: true })
    const { user } = renderPicker(<Harness />)
    expect(
      await screen.findByText('Some names could not be loaded; you can still enter a moref.'),
    ).toBeInTheDocument()
    expect(screen.getByText('The appliance said: report service down')).toBeInTheDocument()
    await user.click(screen.getByRole('textbox', { name: 'Virtual machine' }))
    expect(await screen.findByRole('option', { name: /fin-db02/ })).toBeInTheDocument()
    answerInventory()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() =>
      expect(
        screen.queryByText('Some names could not be loaded; you can still enter a moref.'),
      ).not.toBeInTheDocument(),
    )
  })

  it('names the operation and the field when an answer lacks one', async () => {
    answerInventory()
    server.use(
      http.get(`${API}/resource-groups`, () =>
        HttpResponse.json({ response: { resourceGroupResponseList: [{ id: 1, entities: [] }] } }),
      ),
    )
    renderPicker(<Harness kind="datastore" />)
    expect(
      await screen.findByText(/^The appliance's answer to GET \/4\.1\/resource-groups lacks name at /),
    ).toBeInTheDocument()
  })

  it('picks several items in multiple mode and removes one by its button', async () => {
    answerInventory()
    const { user } = renderPicker(<MultiHarness />)
    const input = screen.getByRole('textbox', { name: 'Virtual machine' })
    await user.click(input)
    await user.click(await screen.findByRole('option', { name: /fin-db01/ }))
    await user.click(await screen.findByRole('option', { name: /fin-db02/ }))
    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent('vm-12,vm-13')
    await user.click(screen.getByRole('button', { name: 'Remove fin-db01' }))
    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent(/^vm-13$/)
    // Backspace in the empty search removes the last one.
    await user.click(input)
    await user.keyboard('{Backspace}')
    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent(/^$/)
  })
})
