import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, useQuery } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { RetryFailedReads } from './retry-failed-reads'

/** A read that fails until `healthy` says otherwise, counting its calls. */
function flakyRead(name: string, state: { healthy: boolean; calls: Record<string, number> }) {
  return {
    queryKey: [name],
    queryFn: () => {
      state.calls[name] = (state.calls[name] ?? 0) + 1
      return state.healthy ? Promise.resolve(name) : Promise.reject(new Error(`${name} failed`))
    },
  }
}

function Page({
  state,
  failing,
}: {
  state: { healthy: boolean; calls: Record<string, number> }
  failing: string[]
}) {
  useQuery({ queryKey: ['fine'], queryFn: () => Promise.resolve('fine') })
  const reads = failing.map((name) => flakyRead(name, state))
  // A fixed number of hooks per render: the tests never change `failing` on a mounted page.
  const first = useQuery(reads[0] ?? { queryKey: ['none-1'], queryFn: () => 'none' })
  const second = useQuery(reads[1] ?? { queryKey: ['none-2'], queryFn: () => 'none' })
  const errors = [first, second].filter((query) => query.isError).length
  return (
    <>
      <p>{errors} sections failed</p>
      <RetryFailedReads />
    </>
  )
}

function renderPage(failing: string[]) {
  const state = { healthy: false, calls: {} as Record<string, number> }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <Providers queryClient={queryClient} devtools={false}>
      <Page state={state} failing={failing} />
    </Providers>,
  )
  return state
}

describe('RetryFailedReads', () => {
  it('offers one Retry for every failed read of the page, and goes once they load', async () => {
    const state = renderPage(['groups', 'jobs'])
    expect(await screen.findByText('2 reads of this page failed.')).toBeInTheDocument()
    state.healthy = true
    await userEvent.click(screen.getByRole('button', { name: 'Retry all' }))
    await waitFor(() => expect(screen.queryByText(/reads? of this page failed/)).not.toBeInTheDocument())
    expect(state.calls).toEqual({ groups: 2, jobs: 2 })
  })

  it('stays away when only one read failed: that section has its own Retry', async () => {
    const state = renderPage(['groups'])
    expect(await screen.findByText('1 sections failed')).toBeInTheDocument()
    expect(state.calls.groups).toBe(1)
    expect(screen.queryByRole('button', { name: 'Retry all' })).not.toBeInTheDocument()
  })
})
