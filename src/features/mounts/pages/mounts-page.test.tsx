import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { clearRequestLog, clearScenarios, getRequestLog, getSimulatorDb, setScenario } from '../../../mocks'

const DAY = 86_400_000

/** The seeded mounts (two datastores mounted from backups) and the seeded stale mount. */
function seeded() {
  const db = getSimulatorDb()
  const clones = db.datastores.filter((d) => d.mount)
  const stale = db.backups.find((b) => b.staleMount)
  if (clones.length !== 2 || !stale) throw new Error('the seed has changed')
  return { clones, stale }
}

const table = () => screen.findByRole('table', { name: 'Mounted backups' }, { timeout: 30_000 })
const posts = (suffix: string) =>
  getRequestLog().filter((entry) => entry.method === 'POST' && entry.path.endsWith(suffix))

describe('MountsPage', { timeout: 60_000 }, () => {
  it('lists every mount with its source, backup, host, age and state; leftovers and the stale mount marked', async () => {
    const { clones, stale } = seeded()
    const [old, recent] = clones
    if (!old?.mount || !recent?.mount) throw new Error('no mounts')
    old.mount.mountedAt = Date.now() - 20 * DAY
    recent.mount.mountedAt = Date.now() - 3_600_000
    await renderApp('/mounts')
    const rows = within(await table())
    const oldRow = rows.getByRole('row', { name: old.name })
    expect(oldRow).toHaveTextContent('Leftover')
    expect(oldRow).toHaveTextContent(old.mount.sourceDatastoreName)
    expect(oldRow).toHaveTextContent(old.mount.esxHostName)
    expect(oldRow).toHaveTextContent(/for 480 h/)
    expect(rows.getByRole('row', { name: recent.name })).toHaveTextContent('Mounted')
    const staleRow = rows.getByRole('row', { name: `Stale mount of ${stale.name}` })
    expect(staleRow).toHaveTextContent('Stale')
    expect(within(staleRow).getByRole('button', { name: `Clean up ${stale.name}` })).toBeInTheDocument()
  })

  it('on a phone, folds every column into the first: state, source, host and Unmount stay in the row', async () => {
    const { clones } = seeded()
    const [old] = clones
    if (!old?.mount) throw new Error('no mounts')
    const wide = window.matchMedia
    // A 414 px window: none of Mantine's `(min-width: …)` breakpoints match.
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query.trim() === '' })
    try {
      await renderApp('/mounts')
      const row = within(await table()).getByRole('row', { name: old.name })
      const cells = within(row).getAllByRole('cell')
      // The checkbox and one cell holding everything else.
      expect(cells).toHaveLength(2)
      expect(cells[1]).toHaveTextContent(`Backup of:${old.mount.sourceDatastoreName}`)
      expect(cells[1]).toHaveTextContent(`Mounted on:${old.mount.esxHostName}`)
      expect(within(cells[1] as HTMLElement).getByText('Mounted')).toBeInTheDocument()
      expect(
        within(cells[1] as HTMLElement).getByRole('button', { name: `Unmount ${old.name}` }),
      ).toBeVisible()
    } finally {
      window.matchMedia = wide
    }
  })

  it('keeps its filters in the URL: leftovers only, and a search', async () => {
    const { clones, stale } = seeded()
    const [old, recent] = clones
    if (!old?.mount || !recent?.mount) throw new Error('no mounts')
    old.mount.mountedAt = Date.now() - 20 * DAY
    recent.mount.mountedAt = Date.now() - 3_600_000
    const { router } = await renderApp('/mounts?leftovers=1')
    const rows = within(await table())
    expect(rows.getByRole('row', { name: old.name })).toBeInTheDocument()
    expect(rows.getByRole('row', { name: `Stale mount of ${stale.name}` })).toBeInTheDocument()
    expect(rows.queryByRole('row', { name: recent.name })).not.toBeInTheDocument()
    expect(screen.getByRole('switch', { name: 'Leftovers only' })).toBeChecked()
    await router.navigate(`/mounts?q=${recent.name}`)
    expect(await screen.findByRole('row', { name: recent.name })).toBeInTheDocument()
    expect(screen.queryByRole('row', { name: old.name })).not.toBeInTheDocument()
  })

  it('unmounts several with one confirmation that names them and must be ticked: one request, then they are gone', async () => {
    setScenario('fastJobs', { ms: 50 })
    const { clones } = seeded()
    clearRequestLog()
    const { user } = await renderApp('/mounts')
    await table()
    await user.click(screen.getByRole('checkbox', { name: 'Select every mounted datastore shown' }))
    await user.click(screen.getByRole('button', { name: 'Unmount 2 selected' }))
    const dialog = await screen.findByRole('dialog', { name: 'Unmount 2 datastores' })
    const listed = within(dialog).getByRole('list', { name: 'Datastores to unmount' })
    for (const clone of clones) expect(listed).toHaveTextContent(clone.name)
    const confirm = within(dialog).getByRole('button', { name: 'Unmount 2' })
    expect(confirm).toBeDisabled()
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'I understand: unmount these 2 datastores' }),
    )
    await user.dblClick(confirm)
    expect(await screen.findByText('Unmount of 2 datastores started')).toBeInTheDocument()
    expect(posts('/4.1/datastores/unmount')).toHaveLength(1)
    expect(posts('/4.1/datastores/unmount')[0]?.body).toEqual({
      datastoreMorefs: clones.map((clone) => clone.moref),
    })
    await waitFor(
      () => expect(screen.queryByRole('row', { name: clones[0]?.name })).not.toBeInTheDocument(),
      {
        timeout: 20_000,
      },
    )
    expect(screen.queryByRole('row', { name: clones[1]?.name })).not.toBeInTheDocument()
  })

  it('cleans up the stale mount after saying why, then reads the mounts again: the stale row is gone', async () => {
    setScenario('fastJobs', { ms: 50 })
    const { stale } = seeded()
    clearRequestLog()
    const { user } = await renderApp('/mounts')
    await table()
    await user.click(screen.getByRole('button', { name: `Clean up ${stale.name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Clean up the stale mount of ${stale.name}` })
    expect(dialog).toHaveTextContent(/lists no mounted datastore for it, so there is nothing to unmount/)
    await user.click(within(dialog).getByRole('button', { name: 'Clean up' }))
    expect(await screen.findByText(`Clean-up of ${stale.name} started`)).toBeInTheDocument()
    expect(posts(`/backup/${stale.id}/cleanup`)).toHaveLength(1)
    await waitFor(
      () =>
        expect(screen.queryByRole('row', { name: `Stale mount of ${stale.name}` })).not.toBeInTheDocument(),
      { timeout: 20_000 },
    )
  })

  it('shows an unmount the appliance refuses in the dialog, and a failed read with a Retry that works', async () => {
    const { clones } = seeded()
    const [first] = clones
    if (!first) throw new Error('no mounts')
    setScenario('serverError', { path: '*/4.1/datastores/*/backups', method: 'GET' })
    const { user } = await renderApp('/mounts')
    expect(
      await screen.findByText(/Could not read what is mounted/, {}, { timeout: 30_000 }),
    ).toBeInTheDocument()
    clearScenarios()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await table()

    // Unmounted elsewhere meanwhile: SCV answers 400 and the dialog keeps the choice with the reason.
    const db = getSimulatorDb()
    db.datastores = db.datastores.filter((d) => d.moref !== first.moref)
    await user.click(screen.getByRole('button', { name: `Unmount ${first.name}` }))
    const dialog = await screen.findByRole('dialog', { name: 'Unmount 1 datastore' })
    await user.click(within(dialog).getByRole('checkbox', { name: 'I understand: unmount this datastore' }))
    await user.click(within(dialog).getByRole('button', { name: 'Unmount' }))
    expect(await within(dialog).findByText(/is not mounted/)).toBeInTheDocument()
    expect(within(dialog).getByText('The unmount did not start.')).toBeInTheDocument()
  })
})
