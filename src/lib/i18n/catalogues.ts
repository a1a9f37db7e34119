import type { Resource } from 'i18next'

type CatalogueModules = Record<string, { default: Record<string, unknown> }>

/**
 * Turns the glob of catalogue files into i18next resources.
 * `…/locales/en.json` → namespace `common`; `…/features/jobs/locales/en.json` → namespace `jobs`;
 * `…/components/wizard/locales/en.json` → namespace `wizard`.
 */
export function loadCatalogues(modules: CatalogueModules): Resource {
  const resources: Resource = {}
  for (const [path, module] of Object.entries(modules)) {
    const match = /(?:\/([^/]+))?\/locales\/([^/]+)\.json$/.exec(path)
    if (!match) continue
    const owner = match[1]
    const language = match[2] as string
    const namespace = !owner || owner === '..' || owner === 'src' ? 'common' : owner
    resources[language] ??= {}
    ;(resources[language] as Record<string, unknown>)[namespace] = module.default
  }
  return resources
}

/** Every key path of a nested catalogue, e.g. `header.signOut`. */
export function keyPaths(catalogue: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return value && typeof value === 'object' ? keyPaths(value as Record<string, unknown>, path) : [path]
  })
}
