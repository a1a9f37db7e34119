import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { getSimulatorDb, setScenario } from '../../../mocks'

const VM = 'vm-2001'

describe('BackupsPage', { timeout: 60_000 }, () => {
  it('shows a VM picked by name with its backups newest first, filters in the URL, and the detail with its locations and disks', async () => {
    const db = getSimulatorDb()
    const vm = db.vms.find((candidate) => candidate.moref === VM)
    if (!vm) throw new Error('seed changed')
    const newest = db.backups
      .filter((backup) => backup.vmMorefs.includes(VM))
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0]
    if (!newest) throw new Error('seed changed')

    const { user, router } = await renderApp('/backups')
    const input = await screen.findByRole('textbox', { name: 'Virtual machine' })
    await user.click(input)
    await user.type(input, vm.name)
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${vm.name}`) }))
    expect(router.state.location.search).toContain(`moref=${VM}`)

    const table = await screen.findByRole('table', { name: `Backups of ${vm.name}` })
    const firstRow = within(table).getAllByRole('row')[1] as HTMLElement
    expect(within(firstRow).getByRole('button', { name: newest.name })).toBeInTheDocument()
    expect(
      within(table).getByRole('columnheader', { name: /Created \(appliance time, UTC[+-]\d\d:\d\d\)/ }),
    ).toBeInTheDocument()

    // The first Yes/No control is Mounted.
    await user.click(screen.getAllByRole('radio', { name: 'Yes' })[0] as HTMLElement)
    expect(router.state.location.search).toMatch(/mounted=yes/)

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await user.click(
      within(await screen.findByRole('table', { name: `Backups of ${vm.name}` })).getAllByRole('button', {
        name: newest.name,
      })[0] as HTMLElement,
    )
    const drawer = await screen.findByRole('dialog', { name: `Backup ${newest.name}` })
    expect(router.state.location.search).toContain(`backup=${newest.id}`)
    expect(await within(drawer).findByRole('columnheader', { name: 'Snapshot' })).toBeInTheDocument()
    expect(await within(drawer).findByRole('columnheader', { name: 'VMDK' })).toBeInTheDocument()
    if (newest.status === 'COMPLETED') {
      expect(within(drawer).getByRole('link', { name: 'Restore this VM from this backup…' })).toHaveAttribute(
        'href',
        expect.stringContaining(`/restore/vm?moref=${VM}`),
      )
      expect(
        within(drawer).getByRole('link', { name: 'Restore this VM from the newest backup…' }),
      ).toHaveAttribute('href', expect.not.stringContaining('backupId'))
    }
  })

  it('shows a failed backup list as an error with retry, keeping the picker usable', async () => {
    setScenario('serverError', { path: '*/4.1/vm/*/backups', method: 'GET' })
    await renderApp(`/backups?kind=vm&moref=${VM}&name=x`)
    expect(await screen.findByText(/^Could not load the backups of /)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Virtual machine' })).toBeEnabled()
  })
})
