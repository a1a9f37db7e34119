import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { CountedList, ListFilter, ListSearch, ListToolbar } from './list-toolbar'

describe('list toolbar', () => {
  it('hands over each typed search', async () => {
    const onChange = vi.fn()
    render(
      <Providers queryClient={new QueryClient()} devtools={false}>
        <ListSearch label="Search" placeholder="Name" value="" onChange={onChange} />
      </Providers>,
    )
    await userEvent.type(screen.getByRole('textbox', { name: 'Search' }), 'a')
    expect(onChange).toHaveBeenCalledWith('a')
    expect(screen.getByPlaceholderText('Name')).toBeInTheDocument()
  })

  it('reads out the count above the list', () => {
    render(
      <Providers queryClient={new QueryClient()} devtools={false}>
        <CountedList count="2 items">
          <ul aria-label="Items" />
        </CountedList>
      </Providers>,
    )
    expect(screen.getByText('2 items')).toHaveAttribute('aria-live', 'polite')
    expect(screen.getByRole('list', { name: 'Items' })).toBeInTheDocument()
  })

  it('puts search, filters and "Clear filters" in one search landmark, clearing only when asked', async () => {
    const onClear = vi.fn()
    const onStatus = vi.fn()
    const toolbar = (clear?: () => void) => (
      <Providers queryClient={new QueryClient()} devtools={false}>
        <ListToolbar
          label="Filter groups"
          search={{ label: 'Search', placeholder: 'Name', value: 'db', onChange: () => {} }}
          onClear={clear}
        >
          <ListFilter
            label="Status"
            anyLabel="Any"
            value={null}
            onChange={onStatus}
            options={[{ value: 'FAILED', label: 'Failed' }]}
          />
        </ListToolbar>
      </Providers>
    )
    const { rerender } = render(toolbar())
    const landmark = screen.getByRole('search', { name: 'Filter groups' })
    expect(landmark).toContainElement(screen.getByRole('textbox', { name: 'Search' }))
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
    await userEvent.click(screen.getAllByLabelText('Status')[0] as HTMLElement)
    await userEvent.click(await screen.findByRole('option', { name: 'Failed' }))
    expect(onStatus).toHaveBeenCalledWith('FAILED', expect.anything())
    rerender(toolbar(onClear))
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(onClear).toHaveBeenCalledTimes(1)
  })
})
