import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import i18next from 'i18next'
import { renderApp } from '../../../test/render-app'
import { getRequestLog, getSimulatorDb, setScenario } from '../../../mocks'

// The viewer sits in New York; the appliance's zone is set per test.
vi.mock('../../../lib/time/zone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/time/zone')>()),
  viewerTimeZone: () => ({ kind: 'iana', name: 'America/New_York' }),
}))

const LOADED = { timeout: 20_000 }
const puts = () => getRequestLog().filter((e) => e.method === 'PUT' && e.path === '/api/4.1/schedules')

async function openPage() {
  const view = await renderApp('/settings/schedules')
  await screen.findByRole('heading', { name: 'Schedule-DatabaseDump' }, LOADED)
  return view
}

const card = (name: string) => screen.getByRole('region', { name })

afterEach(async () => {
  await i18next.changeLanguage('en')
})

describe('built-in schedules page', { timeout: 60_000 }, () => {
  it('shows the five schedules with what each does, the cron read aloud and the next runs in both zones', async () => {
    localStorage.setItem('scv.applianceTimeZone', 'Asia/Taipei')
    await openPage()
    for (const name of [
      'Schedule-DatabaseDump',
      'Schedule-PurgeBackups',
      'Schedule-AsupDataCollection',
      'Schedule-ComputeStorageSaving',
      'Schedule-PurgeJobs',
    ])
      expect(card(name)).toBeInTheDocument()
    const dump = card('Schedule-DatabaseDump')
    expect(within(dump).getByText(/MySQL database/)).toBeInTheDocument()
    expect(within(dump).getByText('0 0 1 * * ?')).toBeInTheDocument()
    expect(within(dump).getByText('At 01:00')).toBeInTheDocument()
    const runs = within(dump).getByRole('table', { name: 'Next runs of Schedule-DatabaseDump' })
    expect(within(runs).getByText('Appliance time (Asia/Taipei)')).toBeInTheDocument()
    expect(within(runs).getByText('Your time (America/New_York)')).toBeInTheDocument()
    const rows = within(runs).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(5)
    // 01:00 in Taipei (UTC+8) is 12:00 the day before in New York (UTC-5 in winter, -4 in summer).
    for (const row of rows) {
      const [appliance, viewer] = within(row).getAllByRole('cell')
      expect(appliance).toHaveTextContent(/01:00/)
      expect(viewer).toHaveTextContent(/1[23]:00/)
    }
    expect(within(card('Schedule-PurgeJobs')).getByText(/cannot be rescheduled/)).toBeInTheDocument()
  })

  it('reads the cron expressions in Traditional Chinese', async () => {
    await i18next.changeLanguage('zh-TW')
    await renderApp('/settings/schedules')
    const dump = await screen.findByRole('region', { name: 'Schedule-DatabaseDump' }, LOADED)
    expect(within(dump).getByText('在 01:00')).toBeInTheDocument()
    expect(within(card('Schedule-AsupDataCollection')).getByText(/僅在 星期日/)).toBeInTheDocument()
  })

  it('checks the Quartz dialect while typing, previews the next runs, warns when more often than hourly, and saves once', async () => {
    const { user } = await openPage()
    await user.click(
      within(card('Schedule-DatabaseDump')).getByRole('button', {
        name: 'Edit schedule Schedule-DatabaseDump',
      }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Edit Schedule-DatabaseDump' })
    const input = within(dialog).getByRole('textbox', { name: 'Cron expression' })
    fireEvent.change(input, { target: { value: '0 2 * * *' } })
    expect(within(dialog).getByText(/6 or 7 fields .* this has 5/)).toBeInTheDocument()
    fireEvent.change(input, { target: { value: '0 0 2 * * *' } })
    expect(
      within(dialog).getByText(/needs \? in exactly one of day-of-month and day-of-week/),
    ).toBeInTheDocument()
    fireEvent.change(input, { target: { value: '0 0 2 ? * 0' } })
    expect(within(dialog).getByText('Values in the day-of-week field go from 1 to 7.')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Save schedule' }))
    expect(puts()).toHaveLength(0)
    fireEvent.change(input, { target: { value: '0 0/10 * * * ?' } })
    expect(within(dialog).getByText('More often than hourly')).toBeInTheDocument()
    expect(within(dialog).getByText(/Runs 6 times within an hour/)).toBeInTheDocument()
    fireEvent.change(input, { target: { value: '0 15 2 ? * MON-FRI' } })
    expect(within(dialog).queryByText('More often than hourly')).toBeNull()
    expect(within(dialog).getByText('At 02:15, Monday through Friday')).toBeInTheDocument()
    const preview = within(dialog).getByRole('table', { name: 'Next runs of the new expression' })
    const previewRows = within(preview).getAllByRole('row').slice(1)
    expect(previewRows).toHaveLength(5)
    for (const row of previewRows) expect(row).toHaveTextContent(/(Mon|Tue|Wed|Thu|Fri).*02:15/)
    await user.dblClick(within(dialog).getByRole('button', { name: 'Save schedule' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), LOADED)
    expect(puts()).toHaveLength(1)
    expect(puts()[0]?.body).toEqual({ name: 'Schedule-DatabaseDump', cronExpression: '0 15 2 ? * MON-FRI' })
    expect(
      await within(card('Schedule-DatabaseDump')).findByText('0 15 2 ? * MON-FRI', {}, LOADED),
    ).toBeInTheDocument()
    expect(getSimulatorDb().schedules[0]?.cronExpression).toBe('0 15 2 ? * MON-FRI')
  })

  it("puts the appliance's refusal on the field and keeps the expression", async () => {
    const { user } = await openPage()
    await user.click(
      within(card('Schedule-PurgeJobs')).getByRole('button', { name: 'Edit schedule Schedule-PurgeJobs' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Edit Schedule-PurgeJobs' })
    const input = within(dialog).getByRole('textbox', { name: 'Cron expression' })
    fireEvent.change(input, { target: { value: '0 0 0/12 * * ?' } })
    await user.click(within(dialog).getByRole('button', { name: 'Save schedule' }))
    await waitFor(() => expect(input).toHaveAccessibleDescription(/cannot be modified/), LOADED)
    expect(input).toHaveValue('0 0 0/12 * * ?')
    expect(puts()).toHaveLength(1)
  })

  it('hides editing for the session when the appliance does not offer the change', async () => {
    setScenario('notOffered', { path: '*/4.1/schedules', method: 'PUT' })
    const { user } = await openPage()
    await user.click(
      within(card('Schedule-DatabaseDump')).getByRole('button', {
        name: 'Edit schedule Schedule-DatabaseDump',
      }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Edit Schedule-DatabaseDump' })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Cron expression' }), {
      target: { value: '0 0 2 * * ?' },
    })
    await user.click(within(dialog).getByRole('button', { name: 'Save schedule' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), LOADED)
    expect(await screen.findByText(/does not offer this/, {}, LOADED)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Edit schedule/ })).toBeNull()
  })

  it('says when the schedules cannot be loaded, with a retry', async () => {
    setScenario('serverError', { path: '*/4.1/schedules' })
    await renderApp('/settings/schedules')
    expect(await screen.findByText('Could not load the built-in schedules.', {}, LOADED)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
