import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, clearScenarios, getRequestLog, getSimulatorDb, setScenario } from '../../../mocks'
import { chooseDatastore, pickDatastore, reviewHeading, seededMount, w11Log, W11 } from './mount-test-helpers'

const mountPosts = () =>
  getRequestLog().filter((entry) => entry.method === 'POST' && entry.path.endsWith('/mount'))

describe('MountWizard', { timeout: 60_000 }, () => {
  it('mounts a datastore backup chosen by name with exactly W11, once, and follows the job', async () => {
    const { datastore, backup, host } = pickDatastore({ mounted: false })
    clearRequestLog()
    const { user } = await renderApp('/mounts/mount')
    await chooseDatastore(user, datastore.name, datastore.moref)
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await screen.findByRole('heading', { name: /Step 2 of 5: Backup/ })).toHaveFocus()
    expect(await screen.findByText(/the newest that can be mounted/)).toBeInTheDocument()
    expect(
      screen.getByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
    ).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Next' }))

    // A primary snapshot only: the location step is passed through to the host, the original one proposed.
    expect(await screen.findByRole('heading', { name: /Step 4 of 5/ })).toBeInTheDocument()
    const hostInput = await screen.findByRole('combobox', { name: /Destination ESXi host/ })
    expect((hostInput as HTMLInputElement).value).toMatch(new RegExp(`^${host.name} `))
    expect(screen.queryByText(/is not the datastore's original host/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await reviewHeading()).toBeInTheDocument()
    expect(screen.getByText(`/api/4.1/datastores/backups/${backup.id}/mount`)).toBeInTheDocument()
    expect(screen.getByText(/the host the datastore is mounted on now/)).toBeInTheDocument()

    await user.dblClick(screen.getByRole('button', { name: 'Mount' }))
    expect(await screen.findByRole('heading', { name: /Mount job \d+/ })).toBeInTheDocument()

    expect(w11Log()).toEqual(W11(datastore.moref, backup.id))
    expect(mountPosts()).toHaveLength(1)
    expect(mountPosts()[0]?.body).toEqual({
      datastore: datastore.name,
      location: `${datastore.svm}:/vol/${datastore.volume}:${backup.name}`,
      esxHostName: host.name,
    })
  })

  it('refuses a vVol datastore with the reason, before any request', async () => {
    const db = getSimulatorDb()
    const vvol = db.datastores.find((d) => d.kind === 'VVOL')
    const group = db.resourceGroups.find((g) => g.entities.some((e) => e.startsWith('datastore-')))
    if (!vvol || !group) throw new Error('the seed has no vVol datastore')
    group.entities = [...group.entities, vvol.moref]
    clearRequestLog()
    const { user } = await renderApp('/mounts/mount')
    const input = await screen.findByRole('textbox', { name: 'Datastore to mount a backup of' })
    await user.click(input)
    await user.type(input, vvol.name)
    expect(await screen.findAllByText(/vVol datastores cannot be mounted/)).not.toHaveLength(0)
    await user.type(input, '{Enter}')
    expect(screen.getByRole('heading', { name: /Step 1 of 5/ })).toBeInTheDocument()
    expect(getRequestLog().some((entry) => entry.path.startsWith('/api/4.1/datastores/'))).toBe(false)
  })

  it('marks an already-mounted backup and says it can be mounted again', async () => {
    const { datastore, backup } = seededMount()
    const { user } = await renderApp('/mounts/mount')
    await chooseDatastore(user, datastore.name, datastore.moref)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: /Step 2 of 5/ })).toBeInTheDocument()
    const search = await screen.findByRole('textbox', { name: /Search backups/ })
    await user.click(search)
    await user.paste(backup.name)
    await user.click(
      await screen.findByRole('radio', { name: `Choose backup ${backup.name} (id ${backup.id})` }),
    )
    const note = await screen.findByRole('note', { name: 'Already mounted' })
    expect(note).toHaveTextContent(`${backup.name} is mounted already. It can be mounted again`)
  })

  it('says what an alternate host needs when one is chosen', async () => {
    const { datastore, elsewhere } = pickDatastore({ mounted: false })
    const { user } = await renderApp('/mounts/mount')
    await chooseDatastore(user, datastore.name, datastore.moref)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await screen.findByRole('heading', { name: /Step 2 of 5/ })
    await user.click(screen.getByRole('button', { name: 'Next' }))
    const hostInput = await screen.findByRole('combobox', { name: /Destination ESXi host/ })
    await user.clear(hostInput)
    await user.type(hostInput, elsewhere.name)
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${elsewhere.name}`) }))
    const note = await screen.findByRole('note', { name: /is not the datastore's original host/ })
    expect(note).toHaveTextContent(/same UID and GID/)
    expect(note).toHaveTextContent(/same SCV version/)
    expect(note).toHaveTextContent(/iSCSI initiators \(or NVMe subsystems\)/)
  })

  it('shows a failed snapshot-locators call on its step, with a retry that works', async () => {
    const { datastore } = pickDatastore({ mounted: false })
    setScenario('serviceUnavailable', {
      path: '*/4.1/datastores/backups/*/snapshotlocators',
      message: 'Storage system unreachable',
    })
    const { user } = await renderApp('/mounts/mount')
    await chooseDatastore(user, datastore.name, datastore.moref)
    await user.click(screen.getByRole('button', { name: /Mount the newest backup of/ }))
    expect(
      await screen.findByRole('heading', { name: /Step 3 of 5/ }, { timeout: 30_000 }),
    ).toBeInTheDocument()
    expect(
      await screen.findByText('Could not load the snapshot locations of this backup.'),
    ).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('radio', { name: 'Primary snapshot' })).toBeInTheDocument()
  })

  it("shows the appliance's refusal and keeps every choice", async () => {
    const { datastore, host } = pickDatastore({ mounted: false })
    setScenario('refused', {
      path: '*/4.1/datastores/backups/*/mount',
      method: 'POST',
      message: 'Clone limit reached on svm',
    })
    const { user } = await renderApp('/mounts/mount')
    await chooseDatastore(user, datastore.name, datastore.moref)
    await user.click(screen.getByRole('button', { name: /Mount the newest backup of/ }))
    await reviewHeading()
    await user.click(screen.getByRole('button', { name: 'Mount' }))
    expect(await screen.findByText(/The mount did not start/)).toBeInTheDocument()
    expect(screen.getByText(/Clone limit reached on svm/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /Step 5 of 5/ })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: host.name })).toBeInTheDocument()
  })
})
