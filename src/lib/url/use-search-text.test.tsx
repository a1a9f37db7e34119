import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { textParam, useListParams, type ParamFields } from './list-params'
import { SEARCH_DEBOUNCE_MS, useSearchText, type SearchText } from './use-search-text'

const fields: ParamFields<{ search: string }> = { search: textParam('q') }

function SearchBox({ search }: { search: SearchText }) {
  return (
    <input
      aria-label="Search"
      value={search.text}
      onChange={(event) => search.change(event.currentTarget.value)}
      onBlur={search.flush}
    />
  )
}

/** A list page whose search lives in the URL, as every list's does. */
function UrlList() {
  const [params, update] = useListParams(fields)
  const search = useSearchText(params.search, (text) => update({ search: text }))
  return (
    <>
      <SearchBox search={search} />
      <button onClick={() => update({ search: '' })}>Clear</button>
      <output aria-label="Filtered by">{params.search}</output>
    </>
  )
}

function renderUrlList(url = '/list') {
  const router = createMemoryRouter([{ path: '*', element: <UrlList /> }], { initialEntries: [url] })
  render(<RouterProvider router={router} />)
  return { router, box: screen.getByRole('textbox', { name: 'Search' }) }
}

/**
 * A list that receives what the box writes only when the test says so: the router's render of a navigation,
 * which React runs as a transition and a busy machine delays past the next keystroke.
 */
function renderLaggingList() {
  const written: string[] = []
  function LaggingList({ committed }: { committed: string }) {
    const search = useSearchText(committed, (text) => written.push(text))
    return <SearchBox search={search} />
  }
  const { rerender } = render(<LaggingList committed="" />)
  return {
    written,
    box: screen.getByRole('textbox', { name: 'Search' }),
    deliver: (text: string) => rerender(<LaggingList committed={text} />),
  }
}

const urlSearch = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search).get('q')

/** Lets the router finish the navigations it started (they settle on promises) and render them. */
const settle = () => act(async () => {})

describe('useSearchText', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps a keystroke typed while the list is still catching up with an earlier write', () => {
    const list = renderLaggingList()
    fireEvent.change(list.box, { target: { value: 'R' } })
    // The user pauses: the debounce writes "R"…
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(list.written).toEqual(['R'])
    // …the next keystroke lands before the router has rendered that write (it renders in a transition,
    // which a busy machine delays), and then the write arrives.
    fireEvent.change(list.box, { target: { value: 'RG' } })
    list.deliver('R')
    expect(list.box).toHaveValue('RG')

    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(list.written).toEqual(['R', 'RG'])
    list.deliver('RG')
    expect(list.box).toHaveValue('RG')
  })

  it('keeps the newest text when two writes arrive late, one after the other', () => {
    const list = renderLaggingList()
    fireEvent.change(list.box, { target: { value: 'ab' } })
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    fireEvent.change(list.box, { target: { value: 'abc' } })
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    fireEvent.change(list.box, { target: { value: 'abcd' } })
    list.deliver('ab')
    expect(list.box).toHaveValue('abcd')
    list.deliver('abc')
    expect(list.box).toHaveValue('abcd')
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    list.deliver('abcd')
    expect(list.written).toEqual(['ab', 'abc', 'abcd'])
    expect(list.box).toHaveValue('abcd')
  })

  it('keeps a keystroke in a list kept in the URL, too', async () => {
    const { router, box } = renderUrlList()
    fireEvent.change(box, { target: { value: 'R' } })
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    fireEvent.change(box, { target: { value: 'RG' } })
    await settle()
    expect(urlSearch(router)).toBe('R')
    expect(box).toHaveValue('RG')
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    await settle()
    expect(urlSearch(router)).toBe('RG')
    expect(box).toHaveValue('RG')
  })

  it('keeps typing through several writes that arrive late', async () => {
    const { router, box } = renderUrlList()
    let typed = ''
    for (const key of 'RG_Finance_DB') {
      typed += key
      fireEvent.change(box, { target: { value: typed } })
      // Every other keystroke comes after a pause long enough for a write.
      if (typed.length % 2 === 0) act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    }
    await settle()
    expect(box).toHaveValue('RG_Finance_DB')
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    await settle()
    expect(urlSearch(router)).toBe('RG_Finance_DB')
  })

  it('writes once after typing stops, and at once when the box is left', async () => {
    const { router, box } = renderUrlList()
    fireEvent.change(box, { target: { value: 'fin' } })
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1))
    await settle()
    expect(urlSearch(router)).toBeNull()
    fireEvent.blur(box)
    await settle()
    expect(urlSearch(router)).toBe('fin')
    expect(screen.getByRole('status', { name: 'Filtered by' })).toHaveTextContent('fin')
    // Nothing left to write: the debounce does not write it a second time.
    const navigate = vi.spyOn(router, 'navigate')
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    await settle()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('follows the URL when it changes from outside (a link, back, Clear)', async () => {
    const { router, box } = renderUrlList('/list?q=old')
    expect(box).toHaveValue('old')
    await act(() => router.navigate('/list?q=linked'))
    expect(box).toHaveValue('linked')
    fireEvent.change(box, { target: { value: 'linkedX' } })
    fireEvent.blur(box)
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }))
    await settle()
    expect(urlSearch(router)).toBeNull()
    expect(box).toHaveValue('')
  })

  it('hands text to a list kept in component state, too', () => {
    function StateList() {
      const [committed, setCommitted] = useState('')
      const search = useSearchText(committed, setCommitted)
      return (
        <>
          <SearchBox search={search} />
          <output aria-label="Filtered by">{committed}</output>
        </>
      )
    }
    render(<StateList />)
    const box = screen.getByRole('textbox', { name: 'Search' })
    fireEvent.change(box, { target: { value: 'a' } })
    fireEvent.change(box, { target: { value: 'ab' } })
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(screen.getByRole('status', { name: 'Filtered by' })).toHaveTextContent('ab')
    fireEvent.change(box, { target: { value: '' } })
    fireEvent.blur(box)
    expect(box).toHaveValue('')
    expect(screen.getByRole('status', { name: 'Filtered by' })).toHaveTextContent('')
  })
})
