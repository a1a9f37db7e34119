import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, clearScenarios, getRequestLog, setScenario } from '../../../mocks'

/** The first render loads the lazy page and signs in; give it more than the default second. */
const LOADED = { timeout: 5_000 }

const storageWrites = () =>
  getRequestLog().filter((entry) => entry.path === '/api/4.1/storage-system' && entry.method !== 'GET')

async function openPage(path = '/storage-systems') {
  const view = await renderApp(path)
  const table = await screen.findByRole('table', { name: 'Storage systems' }, LOADED)
  await within(table).findAllByText('svm_standalone', {}, LOADED)
  return { ...view, table }
}

const rowOf = (table: HTMLElement, name: string) =>
  within(table).getAllByText(name)[0]?.closest('tr') as HTMLElement
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)

async function openRowAction(
  user: ReturnType<typeof import('@testing-library/user-event').default.setup>,
  name: string,
  action: string,
) {
  await user.click(screen.getByRole('button', { name: `Actions for ${name}` }))
  await user.click(await screen.findByRole('menuitem', { name: action }))
}

describe('storage systems page', { timeout: 40_000 }, () => {
  it('lists clusters with their SVMs under them, marks implicit SVMs and reads the user column as SCV does', async () => {
    const { table } = await openPage()
    const names = bodyRows(table).map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '')
    expect(names[0]).toMatch(/^ontap-c1\.demo\.local/)
    expect(names.slice(1, 4).join('|')).toMatch(/svm_nfs_prod.*\|svm_san_prod.*\|svm_vvol/)
    const implicit = rowOf(table, 'svm_san_prod')
    expect(within(implicit).getByText('Implicit')).toBeInTheDocument()
    expect(within(implicit).getByText('SVM of ontap-c1')).toBeInTheDocument()
    expect(within(implicit).getByText('—')).toBeInTheDocument()
    expect(within(rowOf(table, 'svm_nfs_prod')).getByText('vsadmin')).toBeInTheDocument()
    expect(within(rowOf(table, 'svm_standalone')).getByText('180')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Storage systems' })).toHaveAttribute('href', '/storage-systems')
  })

  it('keeps search and sort in the URL and restores them from it', async () => {
    const { user, router, table } = await openPage()
    await user.type(screen.getByRole('textbox', { name: 'Search storage systems' }), 'vault')
    await waitFor(() => expect(router.state.location.search).toBe('?q=vault'))
    // A matching SVM is shown under its cluster.
    await waitFor(() => expect(bodyRows(table)).toHaveLength(2))
    expect(within(table).getByText('ontap-c2.demo.local')).toBeInTheDocument()
    expect(within(table).getAllByText('svm_vault_dr')).not.toHaveLength(0)
    await user.clear(screen.getByRole('textbox', { name: 'Search storage systems' }))
    await user.click(within(table).getByText('Timeout (s)'))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=timeout'))
    await user.click(within(table).getByText('Timeout (s)'))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=timeout&dir=desc'))
    expect(within(bodyRows(table)[0] as HTMLElement).getAllByText('svm_standalone')).not.toHaveLength(0)
  })

  it('restores a sorted view from a link', async () => {
    const { table } = await openPage('/storage-systems?sort=timeout&dir=desc&q=svm')
    expect(screen.getByRole('textbox', { name: 'Search storage systems' })).toHaveValue('svm')
    expect(within(bodyRows(table)[0] as HTMLElement).getAllByText('svm_standalone')).not.toHaveLength(0)
  })

  it('adds a cluster with credentials (W1), then forgets the password', async () => {
    const { user, table, queryClient } = await openPage()
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Add storage system' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add storage system' })
    await user.type(within(dialog).getByRole('textbox', { name: /Storage system/ }), 'cluster3.demo.local')
    await user.type(within(dialog).getByRole('textbox', { name: /User name/ }), 'admin')
    await user.type(within(dialog).getByLabelText(/^Password/), 'S3cret!pw')
    await user.click(within(dialog).getByRole('checkbox', { name: 'Log SnapCenter Server events to syslog' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(await screen.findByText('Storage system cluster3.demo.local added')).toBeInTheDocument()
    expect(storageWrites()).toEqual([
      expect.objectContaining({
        method: 'POST',
        body: {
          name: 'cluster3.demo.local',
          protocol: 'HTTPS',
          port: 443,
          authenticationMethod: 'CREDENTIALS',
          username: 'admin',
          password: 'S3cret!pw',
          timeout: 60,
          preferredIp: null,
          logEventsToSyslog: true,
          sendAsupOnFailure: false,
        },
      }),
    ])
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add storage system' })).not.toBeInTheDocument(),
    )
    expect(await within(table).findAllByText('cluster3.demo.local')).not.toHaveLength(0)
    // The password is in no form, no mutation state and no storage.
    await user.click(screen.getByRole('button', { name: 'Add storage system' }))
    const again = await screen.findByRole('dialog', { name: 'Add storage system' })
    expect(within(again).getByLabelText(/^Password/)).toHaveValue('')
    expect(within(again).getByRole('textbox', { name: /Storage system/ })).toHaveValue('')
    await waitFor(() =>
      expect(
        JSON.stringify(
          queryClient
            .getMutationCache()
            .getAll()
            .map((m) => m.state),
        ),
      ).not.toContain('S3cret'),
    )
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('S3cret')
    expect(JSON.stringify({ ...localStorage })).not.toContain('S3cret')
  })

  it('checks host, port, timeout and the fields each authentication needs before any request', async () => {
    const { user } = await openPage()
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Add storage system' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add storage system' })
    await user.type(within(dialog).getByRole('textbox', { name: /Storage system/ }), 'https://cluster 3')
    const port = within(dialog).getByRole('textbox', { name: /Port/ })
    await user.clear(port)
    await user.type(port, '70000')
    const timeout = within(dialog).getByRole('textbox', { name: /Timeout/ })
    await user.clear(timeout)
    await user.type(timeout, '0')
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(
      await within(dialog).findByText(
        'Enter a host name, FQDN (e.g. cluster1.example.com), IPv4 or IPv6 address.',
      ),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('Enter a port between 1 and 65535.')).toBeInTheDocument()
    expect(
      within(dialog).getByText('Enter a timeout of at least 1 second (a whole number).'),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('Enter the user name for credential authentication.')).toBeInTheDocument()
    expect(within(dialog).getByText('Enter the password for credential authentication.')).toBeInTheDocument()
    // Certificate authentication needs both files instead.
    await user.click(within(dialog).getByRole('radio', { name: 'Certificate' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(
      await within(dialog).findByText('Choose the certificate file for certificate authentication.'),
    ).toBeInTheDocument()
    expect(
      within(dialog).getByText('Choose the private key file for certificate authentication.'),
    ).toBeInTheDocument()
    expect(storageWrites()).toEqual([])
  })

  it('switches the port with the protocol unless one was typed', async () => {
    const { user } = await openPage()
    await user.click(screen.getByRole('button', { name: 'Add storage system' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add storage system' })
    const port = within(dialog).getByRole('textbox', { name: /Port/ })
    expect(port).toHaveValue('443')
    await user.click(within(dialog).getByRole('radio', { name: 'HTTP' }))
    expect(port).toHaveValue('80')
    await user.clear(port)
    await user.type(port, '8443')
    await user.click(within(dialog).getByRole('radio', { name: 'HTTPS' }))
    expect(port).toHaveValue('8443')
  })

  it('reads certificate files in the browser and refuses one that is not PEM', async () => {
    const { user } = await openPage()
    clearRequestLog()
    await user.click(screen.getByRole('button', { name: 'Add storage system' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add storage system' })
    await user.type(within(dialog).getByRole('textbox', { name: /Storage system/ }), 'svm_cert01')
    await user.click(within(dialog).getByRole('radio', { name: 'Certificate' }))
    const [certInput, keyInput] = Array.from(
      dialog.querySelectorAll('input[type="file"]'),
    ) as HTMLInputElement[]
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
    await user.upload(certInput as HTMLInputElement, new File(['not a certificate'], 'cert.pem'))
    await user.upload(
      keyInput as HTMLInputElement,
      new File(['-----BEGIN PRIVATE KEY-----\nAA\n'], 'key.pem'),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(await within(dialog).findByText(/This file is not in PEM format/)).toBeInTheDocument()
    expect(storageWrites()).toEqual([])
    await user.upload(certInput as HTMLInputElement, new File([pem], 'cert.pem'))
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(await screen.findByText('Storage system svm_cert01 added')).toBeInTheDocument()
    expect(storageWrites()[0]?.body).toMatchObject({
      name: 'svm_cert01',
      authenticationMethod: 'CERTIFICATE',
      certificate: pem,
      privateKey: '-----BEGIN PRIVATE KEY-----\nAA\n',
    })
  })

  it('keeps every entry when the appliance refuses, and puts its words on the field', async () => {
    const { user } = await openPage()
    await user.click(screen.getByRole('button', { name: 'Add storage system' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add storage system' })
    await user.type(within(dialog).getByRole('textbox', { name: /Storage system/ }), 'ontap-c1.demo.local')
    await user.type(within(dialog).getByRole('textbox', { name: /User name/ }), 'admin')
    await user.type(within(dialog).getByLabelText(/^Password/), 'pw')
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Your entries are kept/)
    const host = within(dialog).getByRole('textbox', { name: /Storage system/ })
    expect(host).toHaveValue('ontap-c1.demo.local')
    expect(host).toHaveAccessibleDescription(/already exists/)
    expect(within(dialog).getByRole('textbox', { name: /User name/ })).toHaveValue('admin')
    expect(within(dialog).getByLabelText(/^Password/)).toHaveValue('pw')
  })

  it('edits an implicit SVM with the whole object (W2), saying it becomes explicit', async () => {
    const { user, table } = await openPage()
    clearRequestLog()
    await openRowAction(user, 'svm_san_prod', 'Edit')
    const dialog = await screen.findByRole('dialog', { name: 'Edit svm_san_prod' })
    expect(within(dialog).getByText(/Saving makes it an explicit SVM/)).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: /Storage system/ })).toHaveAttribute('readonly')
    await user.type(within(dialog).getByRole('textbox', { name: /User name/ }), 'vsadmin')
    await user.type(within(dialog).getByLabelText(/^Password/), 'pw2')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Storage system svm_san_prod saved')).toBeInTheDocument()
    expect(storageWrites()).toEqual([
      expect.objectContaining({
        method: 'PUT',
        body: expect.objectContaining({
          name: 'svm_san_prod',
          displayName: 'svm_san_prod',
          protocol: 'HTTPS',
          port: 443,
          authenticationMethod: 'CREDENTIALS',
          username: 'vsadmin',
          password: 'pw2',
          timeout: 60,
        }),
      }),
    ])
    await waitFor(() =>
      expect(within(rowOf(table, 'svm_san_prod')).queryByText('Implicit')).not.toBeInTheDocument(),
    )
  })

  it('records an SVM rename with PATCH and explains when it is needed', async () => {
    const { user, table } = await openPage()
    clearRequestLog()
    await openRowAction(user, 'svm_nfs_prod', 'Record an SVM rename')
    const dialog = await screen.findByRole('dialog', { name: 'Record an SVM rename' })
    expect(within(dialog).getByText(/backups taken before the rename/)).toBeInTheDocument()
    expect(within(dialog).getByText('Restart the SCV service on the appliance.')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Record rename' }))
    expect(await within(dialog).findByText('Required.')).toBeInTheDocument()
    await user.type(within(dialog).getByRole('textbox', { name: /Name after the rename/ }), 'svm_nfs_prod2')
    await user.click(within(dialog).getByRole('button', { name: 'Record rename' }))
    expect(await screen.findByText('Rename from svm_nfs_prod to svm_nfs_prod2 recorded')).toBeInTheDocument()
    expect(storageWrites()).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        body: { existingSVM: { name: 'svm_nfs_prod' }, newSVM: { name: 'svm_nfs_prod2' } },
      }),
    ])
    expect(await within(table).findAllByText('svm_nfs_prod2')).not.toHaveLength(0)
  })

  it('confirms a removal naming what goes and what to unmount first, and sends one DELETE on a double click', async () => {
    const { user, table } = await openPage()
    clearRequestLog()
    await openRowAction(user, 'ontap-c2.demo.local', 'Remove')
    const dialog = await screen.findByRole('dialog', { name: 'Remove ontap-c2.demo.local?' })
    const list = within(dialog).getByRole('list')
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['svm_nfs_dev'])
    expect(within(dialog).getByText(/SCV stops protecting the VMs and datastores/)).toBeInTheDocument()
    expect(within(dialog).getByText(/Unmount every datastore mounted from a backup/)).toBeInTheDocument()
    expect(within(dialog).getByText(/not in NetApp's REST documentation/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(storageWrites()).toEqual([])
    await openRowAction(user, 'svm_standalone', 'Remove')
    const svmDialog = await screen.findByRole('dialog', { name: 'Remove svm_standalone?' })
    expect(
      within(svmDialog).getByText('SCV will remove the storage system svm_standalone.'),
    ).toBeInTheDocument()
    await user.dblClick(within(svmDialog).getByRole('button', { name: 'Remove storage system' }))
    expect(await screen.findByText('Storage system svm_standalone removed')).toBeInTheDocument()
    expect(storageWrites()).toEqual([
      expect.objectContaining({ method: 'DELETE', body: { name: 'svm_standalone' } }),
    ])
    await waitFor(() => expect(within(table).queryAllByText('svm_standalone')).toHaveLength(0))
  })

  it("shows the appliance's refusal when a backup on the storage is still mounted, sending once", async () => {
    const { user, table } = await openPage()
    await openRowAction(user, 'ontap-c1.demo.local', 'Remove')
    const dialog = await screen.findByRole('dialog', { name: 'Remove ontap-c1.demo.local?' })
    expect(
      within(within(dialog).getByRole('list'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['svm_san_prod', 'svm_vvol'])
    clearRequestLog()
    await user.dblClick(within(dialog).getByRole('button', { name: 'Remove storage system' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Unmount it first/)
    expect(storageWrites()).toHaveLength(1)
    expect(within(table).getAllByText('ontap-c1.demo.local')).not.toHaveLength(0)
  })

  it('hides removal for the session when the appliance does not offer it', async () => {
    setScenario('refused', {
      path: '*/4.1/storage-system',
      method: 'DELETE',
      status: 405,
      message: 'Method Not Allowed',
    })
    const { user } = await openPage()
    await openRowAction(user, 'svm_standalone', 'Remove')
    const dialog = await screen.findByRole('dialog', { name: 'Remove svm_standalone?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove storage system' }))
    expect(
      await screen.findByText(/This appliance does not offer this through its REST API/),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Remove svm_standalone?' })).not.toBeInTheDocument(),
    )
    await user.click(screen.getByRole('button', { name: 'Actions for svm_vault_dr' }))
    expect(await screen.findByRole('menuitem', { name: 'Edit' })).toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Remove' })).not.toBeInTheDocument()
    expect(sessionStorage.getItem('scv.unsupportedOperations')).toContain('deleteStorageSystem')
  })

  it('says when the list cannot be loaded, with a retry', async () => {
    setScenario('serverError', { path: '*/4.1/storage-system', method: 'GET', message: 'ONTAP unreachable' })
    const { user } = await renderApp('/storage-systems')
    expect(await screen.findByText('Could not load the storage systems.', {}, LOADED)).toBeInTheDocument()
    expect(screen.getByText(/ONTAP unreachable/)).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('table', { name: 'Storage systems' }, LOADED)).toBeInTheDocument()
  })
})
