import { lazy, Suspense } from 'react'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { OnPageDrawn } from './on-page-drawn'

describe('OnPageDrawn', () => {
  it('calls back only once the page it follows has loaded and been drawn', async () => {
    let arrive: (module: { default: () => React.JSX.Element }) => void = () => undefined
    const Page = lazy(
      () => new Promise<{ default: () => React.JSX.Element }>((resolve) => (arrive = resolve)),
    )
    const onDrawn = vi.fn()
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
        <OnPageDrawn onDrawn={onDrawn} />
      </Suspense>,
    )
    await screen.findByText('Loading')
    // A few frames pass while the page's module is still on its way.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)))
    expect(onDrawn).not.toHaveBeenCalled()

    arrive({ default: () => <h1>Dashboard</h1> })
    await screen.findByRole('heading', { name: 'Dashboard' })
    await waitFor(() => expect(onDrawn).toHaveBeenCalledTimes(1))
  })
})
