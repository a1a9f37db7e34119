import dayjs from 'dayjs'
import 'dayjs/locale/zh-tw'
import i18next from 'i18next'
import { isLanguage, type Language } from '../i18n/languages'

/** dayjs uses lower-case locale names. */
const dayjsLocale: Record<Language, string> = { en: 'en', 'zh-TW': 'zh-tw' }

function follow(language: string | undefined): void {
  if (language && isLanguage(language)) dayjs.locale(dayjsLocale[language])
}

/**
 * Dates speak the console's language. Imported for this effect by the date formatting (`date-time.ts`), so
 * dayjs and its locales load with the first page that shows a date, not with the sign-in page.
 */
follow(i18next.language)
i18next.on('languageChanged', follow)
