import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { getSimulatorDb } from '../../../mocks'

// The viewer sits in New York, whose clocks go forward on Sunday 2026-03-08.
vi.mock('../../../lib/time/zone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/time/zone')>()),
  viewerTimeZone: () => ({ kind: 'iana', name: 'America/New_York' }),
}))

const LOADED = { timeout: 20_000 }
const DUMP = 'Schedule-DatabaseDump'

async function openWeek(query: string) {
  const view = await renderApp(`/settings/schedules/planner?${query}`)
  return { ...view, grid: await findGrid(/^Week of 2026-03-02/) }
}

/** The planner table, found by its caption (a role query over the grid is slow in jsdom). */
async function findGrid(caption: RegExp): Promise<HTMLElement> {
  return (await screen.findByText(caption, {}, LOADED)).closest('table') as HTMLElement
}

/**
 * The cells of the row for an hour ("01:00"), Monday to Sunday. Plain DOM queries: role queries over a
 * 168-cell grid cost seconds in jsdom.
 */
function hourCells(grid: HTMLElement, hour: string): HTMLElement[] {
  const row = [...grid.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent === hour,
  )
  return [...(row?.querySelectorAll('td') ?? [])] as HTMLElement[]
}

const hasDump = (cell: HTMLElement | undefined) => !!cell?.textContent?.includes(DUMP)

describe('schedule planner', { timeout: 60_000 }, () => {
  it('places the built-in schedules and group backups in appliance time, links them, and outlines collisions', async () => {
    const { grid } = await openWeek('week=2026-03-04')
    expect(grid.querySelector('caption')).toHaveTextContent(/in UTC\+00:00/)
    expect(hourCells(grid, '01:00').map(hasDump)).toEqual([true, true, true, true, true, true, true])
    expect(hourCells(grid, '20:00').some(hasDump)).toBe(false)
    // The dump at 01:00 meets the daily backups that start at 01:00.
    const monday = hourCells(grid, '01:00')[0] as HTMLElement
    expect(monday).toHaveAttribute('data-collision', 'true')
    expect(within(monday).getByText('Collision:')).toBeInTheDocument()
    const finance = getSimulatorDb().resourceGroups.find((g) => g.name === 'RG_Finance_DB')
    const financeLink = [...grid.querySelectorAll('a')].find((a) => a.textContent?.includes('RG_Finance_DB'))
    expect(financeLink).toHaveAttribute('href', `/resource-groups/${finance?.id}`)
    expect(within(monday).getByRole('link', { name: /Schedule-DatabaseDump/ })).toHaveAttribute(
      'href',
      '/settings/schedules#Schedule-DatabaseDump',
    )
    expect(
      screen.getByText(
        /Schedule-DatabaseDump, Schedule-ComputeStorageSaving with backups of|Schedule-ComputeStorageSaving, Schedule-DatabaseDump with backups of/,
      ),
    ).toBeInTheDocument()
    // A suspended group starts no backups: it is not on the planner.
    expect(grid.textContent).not.toContain('RG_Build_Farm')
  })

  it("switches to the viewer's time across the daylight-saving change in the viewer's zone", async () => {
    const { grid, user, router } = await openWeek('week=2026-03-02&tz=viewer')
    expect(grid.querySelector('caption')).toHaveTextContent(/in America\/New_York/)
    // 01:00 UTC is 20:00 EST the evening before, and 21:00 EDT once the clocks have gone forward.
    expect(hourCells(grid, '20:00').map(hasDump)).toEqual([true, true, true, true, true, true, false])
    expect(hourCells(grid, '21:00').map(hasDump)).toEqual([false, false, false, false, false, false, true])
    expect(grid.querySelectorAll('thead th')[7]).toHaveTextContent('23 hours: 02:00 is skipped')
    expect(within(hourCells(grid, '02:00')[6] as HTMLElement).getByText(/Skipped/)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /Appliance time/ }))
    expect(router.state.location.search).toBe('?week=2026-03-02')
    expect(hourCells(await findGrid(/in UTC/), '01:00').map(hasDump)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ])
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    expect(router.state.location.search).toBe('?week=2026-03-09')
    expect(await findGrid(/^Week of 2026-03-09/)).toBeInTheDocument()
  })
})
