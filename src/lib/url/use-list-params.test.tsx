import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { describe, expect, it } from 'vitest'
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
