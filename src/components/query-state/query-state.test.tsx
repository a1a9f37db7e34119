import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { ApiError } from '../../api'
import { QueryState } from './query-state'

function renderState(query: Parameters<typeof QueryState<{ items: string[] }>>[0]['query']) {
  return render(
    <Providers queryClient={new QueryClient()} devtools={false}>
      <QueryState
        query={query}
        isEmpty={(data) => data.items.length === 0}
        empty="No items"
        errorContext="Could not load the items."
      >
        {(data) => (
          <ul>
            {data.items.map((item) => (
              <li key={item}>{item.toUpperCase()}</li>
            ))}
          </ul>
        )}
      </QueryState>
    </Providers>,
  )
}

describe('QueryState', () => {
  it('shows loading, then the data', () => {
    const { rerender } = renderState({ data: undefined, error: null, isPending: true, refetch: vi.fn() })
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    rerender(
      <Providers queryClient={new QueryClient()} devtools={false}>
        <QueryState query={{ data: { items: ['a'] }, error: null, isPending: false, refetch: vi.fn() }}>
          {(data) => <p>{data.items.join()}</p>}
        </QueryState>
      </Providers>,
    )
    expect(screen.getByText('a')).toBeInTheDocument()
  })

  it('shows the empty message', () => {
    renderState({ data: { items: [] }, error: null, isPending: false, refetch: vi.fn() })
    expect(screen.getByText('No items')).toBeInTheDocument()
  })

  it('shows the error with the appliance message and retries on request', async () => {
    const refetch = vi.fn()
    const error = new ApiError({
      kind: 'server',
      status: 503,
      scvMessage: 'Services restarting',
      method: 'GET',
      path: '/4.1/x',
    })
    renderState({ data: undefined, error, isPending: false, refetch })
    expect(screen.getByRole('alert')).toHaveTextContent('The appliance reported an error')
    expect(screen.getByRole('alert')).toHaveTextContent('The appliance said: Services restarting')
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the items.')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(refetch).toHaveBeenCalledTimes(1)
  })

  it('contains a render error from an answer missing fields to its own section', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    renderState({
      data: { items: [null as unknown as string] },
      error: null,
      isPending: false,
      refetch: vi.fn(),
    })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The appliance sent an answer the console cannot read',
    )
    warn.mockRestore()
    consoleError.mockRestore()
  })
})
