import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { CountedList, ListSearch } from './list-toolbar'

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
})
