import type { BackendModule, ReadCallback, Resource, ResourceKey } from 'i18next'

type Catalogue = Record<string, unknown>
type CatalogueModules = Record<string, { default: Catalogue }>
/** What a non-eager `import.meta.glob` of catalogue files gives: each file as its own small chunk. */
export type CatalogueFiles = Record<string, () => Promise<{ default: Catalogue }>>

export interface CatalogueAddress {
  language: string
  namespace: string
}

/**
 * The language and namespace of a catalogue file: `…/locales/en.json` → namespace `common`;
 * `…/features/jobs/locales/en.json` → `jobs`; `…/components/wizard/locales/en.json` → `wizard`.
 */
export function catalogueAddress(path: string): CatalogueAddress | null {
  const match = /(?:\/([^/]+))?\/locales\/([^/]+)\.json$/.exec(path)
  if (!match) return null
  const owner = match[1]
  const language = match[2] as string
  const namespace = !owner || owner === '..' || owner === 'src' ? 'common' : owner
  return { language, namespace }
}

/** Turns catalogue modules (an eager glob, or lazy ones once loaded) into i18next resources. */
export function loadCatalogues(modules: CatalogueModules): Resource {
  const resources: Resource = {}
  for (const [path, module] of Object.entries(modules)) {
    const address = catalogueAddress(path)
    if (!address) continue
    resources[address.language] ??= {}
    ;(resources[address.language] as Record<string, unknown>)[address.namespace] = module.default
  }
  return resources
}

/** Loads every catalogue file at once (the unit tests' setup: every string ready before the first render). */
export async function loadAllCatalogues(files: CatalogueFiles): Promise<Resource> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([path, load]) => [path, await load()] as const),
  )
  return loadCatalogues(Object.fromEntries(entries))
}

/** The namespaces whose catalogues live under one of `folders` (e.g. `components`, `lib`). */
export function namespacesUnder(files: CatalogueFiles, folders: readonly string[]): string[] {
  const namespaces = Object.keys(files)
    .filter((path) => folders.some((folder) => path.includes(`/${folder}/`)))
    .map((path) => catalogueAddress(path)?.namespace)
    .filter((namespace): namespace is string => !!namespace)
  return [...new Set(namespaces)]
}

/**
 * An i18next backend over the catalogue files: a namespace of a language is downloaded when i18next first
 * needs it (its page opens, or the language changes), and only that file.
 */
export function catalogueBackend(files: CatalogueFiles): BackendModule {
  const byAddress = new Map<string, () => Promise<{ default: Catalogue }>>()
  for (const [path, load] of Object.entries(files)) {
    const address = catalogueAddress(path)
    if (address) byAddress.set(`${address.language}/${address.namespace}`, load)
  }
  return {
    type: 'backend',
    callbackApi: true,
    init: () => {},
    read(language: string, namespace: string, callback: ReadCallback) {
      const load = byAddress.get(`${language}/${namespace}`)
      if (!load) return callback(new Error(`No catalogue for ${namespace} in ${language}`), false)
      load().then(
        (module) => callback(null, module.default as ResourceKey),
        // No retry (`false`): the browser keeps a module that failed to load as failed for this page.
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      )
    },
  }
}

/** Every key path of a nested catalogue, e.g. `header.signOut`. */
export function keyPaths(catalogue: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return value && typeof value === 'object' ? keyPaths(value as Record<string, unknown>, path) : [path]
  })
}
