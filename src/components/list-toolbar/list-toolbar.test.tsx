import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { SEARCH_DEBOUNCE_MS } from '../../lib/url/use-search-text'
import { CountedList, ListFilter, ListToolbar } from './list-toolbar'

describe('list toolbar', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('hands the typed search over once typing pauses, at once on Enter, and clears it with the filters', () => {
    const onChange = vi.fn()
    const onClear = vi.fn()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    render(
      <Providers queryClient={new QueryClient()} devtools={false}>
        <ListToolbar
          label="Filter groups"
          search={{ label: 'Search', placeholder: 'Name', value: '', onChange }}
          onClear={onClear}
        />
      </Providers>,
    )
    const box = screen.getByRole('textbox', { name: 'Search' })
    fireEvent.change(box, { target: { value: 'd' } })
    fireEvent.change(box, { target: { value: 'db' } })
    expect(box).toHaveValue('db')
    expect(onChange).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith('db')
    fireEvent.change(box, { target: { value: 'db1' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(onChange).toHaveBeenLastCalledWith('db1')
    expect(onChange).toHaveBeenCalledTimes(2)
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(onClear).toHaveBeenCalledTimes(1)
    expect(box).toHaveValue('')
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

  describe('on a phone', () => {
    const wide = window.matchMedia
    afterEach(() => {
      window.matchMedia = wide
    })

    it('keeps the search box and folds the filters behind a button that says how many are set', async () => {
      // A 414 px window: no `(min-width: …)` query of Mantine's breakpoints matches.
      window.matchMedia = (query: string) => ({ ...wide(query), matches: query.trim() === '' })
      render(
        <Providers queryClient={new QueryClient()} devtools={false}>
          <ListToolbar
            label="Filter groups"
            search={{ label: 'Search', placeholder: 'Name', value: '', onChange: () => {} }}
            onClear={() => {}}
            activeFilters={1}
          >
            <ListFilter label="Status" anyLabel="Any" value="FAILED" onChange={() => {}} options={[]} />
          </ListToolbar>
        </Providers>,
      )
      expect(screen.getByRole('textbox', { name: 'Search' })).toBeVisible()
      const toggle = screen.getByRole('button', { name: 'Filters (1 set)' })
      expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await userEvent.click(toggle)
      expect(toggle).toHaveAttribute('aria-expanded', 'true')
      expect(await screen.findByRole('button', { name: 'Clear filters' })).toBeVisible()
    })
  })
})
