import i18n, { type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-tw'
import { LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, type Language, isLanguage } from '../lib/i18n/languages'
import { loadCatalogues } from '../lib/i18n/catalogues'

/**
 * Catalogues live beside the code that uses them: `src/locales/<lng>.json` is the `common` namespace and
 * `src/features/<feature>/locales/<lng>.json` is the feature's own namespace (likewise
 * `src/components/<name>/locales` and `src/lib/<name>/locales`, e.g. `validation`). Everything is bundled eagerly:
 * the catalogues are small and a missing string must never flash.
 */
const resources: Resource = loadCatalogues(
  import.meta.glob<{ default: Record<string, unknown> }>(
    [
      '../locales/*.json',
      '../features/*/locales/*.json',
      '../components/**/locales/*.json',
      '../lib/*/locales/*.json',
    ],
    { eager: true },
  ),
)

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY)
  if (saved && isLanguage(saved)) return saved
  const browser = globalThis.navigator?.language ?? 'en'
  return browser.toLowerCase().startsWith('zh') ? 'zh-TW' : 'en'
}

/** dayjs uses lower-case locale names. */
const dayjsLocale: Record<Language, string> = { en: 'en', 'zh-TW': 'zh-tw' }

export function changeLanguage(language: Language): Promise<unknown> {
  globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language)
  return i18n.changeLanguage(language)
}

i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) {
    dayjs.locale(dayjsLocale[language])
    document.documentElement.lang = language
  }
})

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...SUPPORTED_LANGUAGES],
  defaultNS: 'common',
  ns: Object.keys(resources.en ?? {}),
  interpolation: { escapeValue: false },
  returnNull: false,
})

export { i18n }
