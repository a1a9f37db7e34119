import i18next from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { withCatalogues, withNamespaces } from './route-namespaces'

describe('route namespaces', () => {
  it('loads a page and its namespaces together and gives what the page module gave', async () => {
    const loadNamespaces = vi.spyOn(i18next, 'loadNamespaces')
    const page = { Component: () => null }
    const [route] = withNamespaces(['jobs'], [{ path: '/jobs', lazy: () => Promise.resolve(page) }])
    expect(route?.path).toBe('/jobs')
    const lazy = route?.lazy as () => Promise<unknown>
    await expect(lazy()).resolves.toBe(page)
    expect(loadNamespaces).toHaveBeenCalledWith(['jobs'])
  })

  it('fails the route when a namespace could not be downloaded, instead of showing keys', async () => {
    const load = withCatalogues(['no-such-namespace'], () => Promise.resolve('page'))
    await expect(load()).rejects.toThrow(/no-such-namespace/)
  })
})
