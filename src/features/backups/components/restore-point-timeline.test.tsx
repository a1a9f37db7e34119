import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { scvClient } from '../../../api'
import { renderApp } from '../../../test/render-app'

const DAY = 86_400_000
const VM = 'vm-2001'

describe('restore-point timeline', { timeout: 60_000 }, () => {
  it('marks each restore point of a VM on its primary and secondary lanes, and a click opens that backup', async () => {
    const { user, router } = await renderApp(`/backups?kind=vm&moref=${VM}&name=db01&days=7`)
    const now = Date.now()
    const backups =
      (await scvClient.GET('/4.1/vm/{moref}/backups', { params: { path: { moref: VM } } })).data?.response
        .backupResponseList ?? []
    // Seven appliance days (UTC in the simulator): today and the six before.
    const from = Math.floor(now / DAY) * DAY - 6 * DAY
    const inWindow = backups.filter((b) => Date.parse(b.createdTime) >= from)
    const primary = inWindow.filter((b) => b.locations !== 'SECONDARY')
    const secondary = inWindow.filter((b) => b.locations !== 'PRIMARY')
    expect(primary.length).toBeGreaterThan(0)
    expect(secondary.length).toBeGreaterThan(0)

    const timeline = await screen.findByRole(
      'group',
      { name: /^Restore points: use the arrow keys/ },
      { timeout: 15_000 },
    )
    expect(screen.getByTestId('timeline-summary')).toHaveTextContent(
      `Last 7 days: ${primary.length} restore points on the primary, ${secondary.length} on the secondary`,
    )
    const marks = within(timeline).getAllByRole('button')
    expect(marks.filter((mark) => /, Primary/.test(mark.getAttribute('aria-label') ?? ''))).toHaveLength(
      primary.length,
    )
    expect(marks.filter((mark) => /, Secondary/.test(mark.getAttribute('aria-label') ?? ''))).toHaveLength(
      secondary.length,
    )
    // Only one point is in the tab order; the arrows move between them.
    expect(marks.filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(1)

    const both = secondary.find((b) => b.locations === 'PRIMARY_AND_SECONDARY')
    if (!both) throw new Error('the seed no longer replicates vm-2001')
    const mark = marks.find(
      (m) =>
        m.getAttribute('aria-label')?.startsWith(`${both.backupName},`) &&
        /Secondary/.test(m.getAttribute('aria-label') ?? ''),
    )
    await user.click(mark as HTMLElement)
    expect(router.state.location.search).toContain(`backup=${both.backupId}`)
    expect(await screen.findByRole('dialog', { name: `Backup ${both.backupName}` })).toBeInTheDocument()
  })
})
