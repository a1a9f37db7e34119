import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderApp } from '../../../test/render-app'
import { server } from '../../../mocks/node'
import { clearRequestLog } from '../../../mocks'
import { getSimulatorDb } from '../../../mocks'
import {
  bodyOf,
  chooseVmIn,
  pickVmWithDisks,
  recoveryLog,
  stepHeading,
} from '../components/recovery-test-helpers'

const linkTo = (vm: { moref: string; name: string }, backupId: number) =>
  `/restore/attach-vmdks?moref=${vm.moref}&name=${encodeURIComponent(vm.name)}&backupId=${backupId}`

describe('AttachVmdksWizard', { timeout: 90_000 }, () => {
  it('attaches a disk to this VM with exactly W9, once, and shows the job', async () => {
    const { vm, backup } = pickVmWithDisks(1)
    clearRequestLog()
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(3, 5)).toBeInTheDocument()
    await user.click(await screen.findByRole('checkbox', { name: /^Hard disk 1/ }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(4, 5)).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: `This VM (${vm.name})` })).toBeChecked()
    expect(screen.getByRole('note', { name: 'Chosen for you' })).toHaveTextContent('the VM the backup is of')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(5, 5)).toBeInTheDocument()
    await user.dblClick(screen.getByRole('button', { name: 'Attach disks' }))
    expect(await screen.findByRole('heading', { name: /Attach job \d+/ })).toBeInTheDocument()
    expect(recoveryLog()).toEqual([
      `GET /api/4.1/vm/${vm.moref}/backups`,
      `GET /api/4.1/vm/${vm.moref}/backups/${backup.id}/vmdklocations`,
      `POST /api/4.1/vm/${vm.moref}/attachvmdks`,
    ])
    expect(bodyOf('/attachvmdks')).toEqual({
      backupId: backup.id,
      vmdkLocations: [expect.objectContaining({ vmdkPath: vm.vmdks[0]?.path })],
    })
  })

  it('attaches a disk to another VM chosen by name (alternateVmMoref), reaching the review', async () => {
    const { vm, backup } = pickVmWithDisks(1)
    const other = getSimulatorDb().vms.find(
      (candidate) => !candidate.deleted && !candidate.template && candidate.moref !== vm.moref,
    )
    if (!other) throw new Error('no other VM')
    clearRequestLog()
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(3, 5)).toBeInTheDocument()
    await user.click(await screen.findByRole('checkbox', { name: /^Hard disk 1/ }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(4, 5)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Another VM' }))
    await chooseVmIn(user, 'Other VM', other.name, other.moref)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(5, 5)).toBeInTheDocument()
    expect(screen.getByText(`${other.name} (${other.moref})`)).toBeInTheDocument()
    await user.dblClick(screen.getByRole('button', { name: 'Attach disks' }))
    expect(await screen.findByRole('heading', { name: /Attach job \d+/ })).toBeInTheDocument()
    expect(recoveryLog()).toEqual([
      `GET /api/4.1/vm/${vm.moref}/backups`,
      `GET /api/4.1/vm/${vm.moref}/backups/${backup.id}/vmdklocations`,
      `POST /api/4.1/vm/${vm.moref}/attachvmdks`,
    ])
    expect(bodyOf('/attachvmdks')).toEqual({
      backupId: backup.id,
      vmdkLocations: [expect.objectContaining({ vmdkPath: vm.vmdks[0]?.path })],
      alternateVmMoref: other.moref,
    })
  })

  it('shows a failed disk list on its step with a Retry that works', async () => {
    const { vm, backup } = pickVmWithDisks(1)
    server.use(
      http.get('*/api/4.1/vm/:moref/backups/:backupId/vmdklocations', () =>
        HttpResponse.json({ statusMessage: 'vCenter unreachable' }, { status: 503 }),
      ),
    )
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(3, 5)).toBeInTheDocument()
    expect(await screen.findByText('Could not load the disks of this backup.')).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('checkbox', { name: /^Hard disk 1/ })).toBeInTheDocument()
  })

  it('keeps every choice when the appliance refuses the attach', async () => {
    const { vm, backup } = pickVmWithDisks(1)
    server.use(
      http.post('*/api/4.1/vm/:moref/attachvmdks', () =>
        HttpResponse.json(
          { statusCode: 400, statusMessage: 'Only one attach or restore at a time per VM.' },
          { status: 400 },
        ),
      ),
    )
    const { user } = await renderApp(linkTo(vm, backup.id))
    expect(await stepHeading(3, 5)).toBeInTheDocument()
    await user.click(await screen.findByRole('checkbox', { name: /^Hard disk 1/ }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(4, 5)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await stepHeading(5, 5)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Attach disks' }))
    expect(await screen.findByText(/The attach did not start/)).toBeInTheDocument()
    expect(screen.getByText(/Only one attach or restore at a time/)).toBeInTheDocument()
  })
})
