import i18next from 'i18next'
import type { RouteObject } from 'react-router'

/**
 * The routes, each downloading its code and its namespaces' catalogues (current language) side by side, so a
 * page renders with its strings at once instead of suspending again after its code arrived.
 */
export function withNamespaces(namespaces: readonly string[], routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { lazy, children } = route
    const loaded = typeof lazy === 'function' ? withCatalogues(namespaces, lazy) : lazy
    return {
      ...route,
      ...(loaded ? { lazy: loaded } : {}),
      ...(children ? { children: withNamespaces(namespaces, children) } : {}),
    } as RouteObject
  })
}

/**
 * Runs `load` while the namespaces' catalogues download; resolves to what `load` gave. A catalogue that could
 * not be downloaded fails the route (its error page offers a reload) rather than showing keys for strings.
 */
export function withCatalogues<T>(namespaces: readonly string[], load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const [loaded] = await Promise.all([load(), i18next.loadNamespaces([...namespaces])])
    const missing = namespaces.filter((ns) => !i18next.hasResourceBundle(i18next.language, ns))
    if (missing.length) {
      throw new Error(`The ${missing.join(', ')} text (${i18next.language}) could not be downloaded.`)
    }
    return loaded
  }
}
