import i18n, { type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, type Language, isLanguage } from '../lib/i18n/languages'
import { catalogueBackend, namespacesUnder, type CatalogueFiles } from '../lib/i18n/catalogues'

/**
 * Catalogues live beside the code that uses them: `src/locales/<lng>.json` is the `common` namespace and
 * `src/features/<feature>/locales/<lng>.json` is the feature's own namespace (likewise
 * `src/components/<name>/locales` and `src/lib/<name>/locales`, e.g. `validation`). Each file is its own small
 * chunk, downloaded for the current language only when something needs it: `common` before the first render
 * (`initI18n`), a page's namespaces with the page (`routes.tsx`), the other language's on a language switch.
 * No string ever shows as its key: a component whose namespace is not there yet suspends until it is.
 */
export const catalogueFiles: CatalogueFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../locales/*.json',
  '../features/*/locales/*.json',
  '../components/**/locales/*.json',
  '../lib/*/locales/*.json',
])

/**
 * The namespaces of shared components and lib (wizard, status badges, validation messages, notifications…),
 * used on any signed-in page and through keys of another namespace (`notify:…`, `validation:…`), which do
 * not suspend: they load with the signed-in frame.
 */
export const SHARED_NAMESPACES: readonly string[] = namespacesUnder(catalogueFiles, ['components', 'lib'])

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY)
  if (saved && isLanguage(saved)) return saved
  const browser = globalThis.navigator?.language ?? 'en'
  return browser.toLowerCase().startsWith('zh') ? 'zh-TW' : 'en'
}

/**
 * Switches the language once the other language's catalogues of every namespace loaded so far are there
 * (i18next loads them before it changes `language`), so the page never shows a key in between.
 */
export function changeLanguage(language: Language): Promise<unknown> {
  globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language)
  return i18n.changeLanguage(language)
}

// Dates follow the language in lib/format/dayjs-language.ts, loaded with the first page that shows one.
i18n.on('languageChanged', (language) => {
  if (isLanguage(language) && typeof document !== 'undefined') document.documentElement.lang = language
})

let initialising: Promise<unknown> | undefined

/**
 * Starts i18next with the current language's `common` catalogue; the console renders once this resolves.
 * Given `resources` (the unit tests give every catalogue), it uses those and downloads nothing.
 */
export function initI18n(resources?: Resource): Promise<unknown> {
  initialising ??= new Promise((resolve, reject) => {
    void i18n
      .use(catalogueBackend(catalogueFiles))
      .use(initReactI18next)
      .init(
        {
          ...(resources ? { resources } : {}),
          lng: initialLanguage(),
          // Both catalogues have the same keys (src/lib/i18n/catalogues.test.ts): no fallback language to download.
          fallbackLng: false,
          load: 'currentOnly',
          supportedLngs: [...SUPPORTED_LANGUAGES],
          defaultNS: 'common',
          ns: resources ? Object.keys(resources.en ?? {}) : ['common'],
          interpolation: { escapeValue: false },
          returnNull: false,
        },
        // i18next reports the catalogues it could not download as a list; the start-failure page says what failed.
        (errors: unknown) => {
          const error: unknown = Array.isArray(errors) ? errors[0] : errors
          if (error) reject(error instanceof Error ? error : new Error(String(error)))
          else resolve(undefined)
        },
      )
  })
  return initialising
}

export { i18n }
