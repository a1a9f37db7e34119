/** The console speaks English and Traditional Chinese (the language of the product's source documentation). */
export const SUPPORTED_LANGUAGES = ['en', 'zh-TW'] as const
export type Language = (typeof SUPPORTED_LANGUAGES)[number]

/** The language choice is a preference, not a secret, so it is remembered across tabs. */
export const LANGUAGE_STORAGE_KEY = 'scv.language'

export function isLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value)
}
