// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  dateParam,
  defaultListParams,
  directionParam,
  hasNonDefault,
  idParam,
  listParam,
  oneOfParam,
  optionalParam,
  pageParam,
  readListParams,
  textParam,
  writeListParams,
  type ParamFields,
  type SortDirection,
} from './list-params'

interface State {
  search: string
  status: string | null
  kinds: string[]
  sort: 'name' | 'size'
  dir: SortDirection
  page: number
  open: number | null
  from: string
}

const fields: ParamFields<State> = {
  search: textParam('q'),
  status: optionalParam('status'),
  kinds: listParam('kind', { normalise: (kind) => kind.toLowerCase(), keep: (kind) => kind !== 'bogus' }),
  sort: oneOfParam('sort', ['name', 'size'], 'name'),
  dir: directionParam('dir', 'asc'),
  page: pageParam(),
  open: idParam('open'),
  from: dateParam('from'),
}

describe('list state in the URL', () => {
  it('reads what the URL says under the names the page uses', () => {
    const state = readListParams(
      fields,
      new URLSearchParams(
        'q=db&status=FAILED&kind=VM,Datastore&sort=size&dir=desc&page=3&open=7&from=2026-11-01',
      ),
    )
    expect(state).toEqual({
      search: 'db',
      status: 'FAILED',
      kinds: ['vm', 'datastore'],
      sort: 'size',
      dir: 'desc',
      page: 3,
      open: 7,
      from: '2026-11-01',
    })
  })

  it('reads anything odd as the default instead of failing', () => {
    const state = readListParams(
      fields,
      new URLSearchParams('status=&kind=bogus,,&sort=colour&dir=up&page=-2&open=x1&from=yesterday'),
    )
    expect(state).toEqual(defaultListParams(fields))
    expect(state).toEqual({
      search: '',
      status: null,
      kinds: [],
      sort: 'name',
      dir: 'asc',
      page: 1,
      open: null,
      from: '',
    })
  })

  it('writes a patch in the fields’ order, leaves defaults out and keeps parameters that are not the list’s', () => {
    const base = new URLSearchParams('page=4&kind=vm&moref=vm-1&sort=bogus')
    expect(writeListParams(fields, { search: 'db', page: 1 }, base).toString()).toBe(
      'moref=vm-1&q=db&kind=vm',
    )
    expect(writeListParams(fields, defaultListParams(fields)).toString()).toBe('')
    expect(writeListParams(fields, { open: 12, dir: 'desc' }).toString()).toBe('dir=desc&open=12')
  })

  it('round-trips every state', () => {
    const state: State = {
      search: 'a b',
      status: 'RUNNING',
      kinds: ['vm'],
      sort: 'size',
      dir: 'desc',
      page: 2,
      open: 5,
      from: '2026-01-31',
    }
    expect(readListParams(fields, writeListParams(fields, state))).toEqual(state)
  })

  it('says whether any of the named fields is set', () => {
    const state = defaultListParams(fields)
    expect(hasNonDefault(fields, state, ['search', 'status'])).toBe(false)
    expect(hasNonDefault(fields, { ...state, status: 'FAILED' }, ['search', 'status'])).toBe(true)
    expect(hasNonDefault(fields, { ...state, page: 3 }, ['search', 'status'])).toBe(false)
  })
})
