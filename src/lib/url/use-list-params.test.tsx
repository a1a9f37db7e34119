import { act, renderHook } from '@testing-library/react'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { listParam, optionalParam, pageParam, useListParams, type ParamFields } from './list-params'

interface Filters {
  status: string[]
  group: string | null
  page: number
}

const fields: ParamFields<Filters> = {
  status: listParam('status'),
  group: optionalParam('group'),
  page: pageParam(),
}

/** The hook inside a real router, with the location it leaves. */
function renderListParams(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => {
    const router = createMemoryRouter([{ path: '*', element: children }], { initialEntries: [url] })
    return <RouterProvider router={router} />
  }
  return renderHook(
    () => {
      const [values, update] = useListParams(fields)
      return { values, update, search: useLocation().search }
    },
    { wrapper },
  )
}

describe('useListParams', () => {
  it('keeps the first of two filters set one after the other, even through a handler from an earlier render', () => {
    const { result } = renderListParams('/list?page=3')
    // What Mantine's Select does: it calls back through the handler it was given when it last rendered.
    const staleUpdate = result.current.update
    act(() => result.current.update({ status: ['FAILED'], page: 1 }))
    expect(result.current.search).toBe('?status=FAILED')
    act(() => staleUpdate({ group: 'RG_Finance_DB' }))
    expect(result.current.search).toBe('?status=FAILED&group=RG_Finance_DB')
    expect(result.current.values).toEqual({ status: ['FAILED'], group: 'RG_Finance_DB', page: 1 })
  })

  it('composes two patches sent in the same event', () => {
    const { result } = renderListParams('/list')
    act(() => {
      result.current.update({ status: ['WARNING'] })
      result.current.update({ page: 2 })
    })
    expect(result.current.search).toBe('?status=WARNING&page=2')
  })
})

describe('useListParams with a router that renders late', () => {
  it('keeps a patch sent while an earlier write was still on its way', async () => {
    vi.resetModules()
    // The router as a loaded machine runs it: each write is rendered only when the test delivers it.
    const sent: URLSearchParams[] = []
    let deliver: (next: URLSearchParams) => void = () => {}
    vi.doMock('react-router', () => ({
      useSearchParams: () => {
        const [params, setParams] = useState(() => new URLSearchParams())
        deliver = (next) => act(() => setParams(next))
        return [params, (next: URLSearchParams) => sent.push(next)] as const
      },
    }))
    const { useListParams: lateListParams } = await import('./list-params')
    const { result } = renderHook(() => lateListParams(fields))

    act(() => result.current[1]({ status: ['FAILED'] }))
    act(() => result.current[1]({ group: 'RG_Finance_DB' }))
    deliver(sent[0] as URLSearchParams) // the first write is rendered now, after the second was sent
    act(() => result.current[1]({ page: 2 }))
    expect(sent.map(String)).toEqual([
      'status=FAILED',
      'status=FAILED&group=RG_Finance_DB',
      'status=FAILED&group=RG_Finance_DB&page=2',
    ])
    vi.doUnmock('react-router')
  })
})
