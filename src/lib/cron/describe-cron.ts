import cronstrue from 'cronstrue'
import 'cronstrue/locales/zh_TW'

/** cronstrue's locale for each console language. */
const LOCALES: Record<string, string> = { en: 'en', 'zh-TW': 'zh_TW' }

/**
 * A Quartz expression in plain words ("At 01:00", 「在 01:00」), read with Quartz's weekday numbering (1 = Sunday)
 * and a 24-hour clock. Null when cronstrue cannot read it (the caller shows the expression alone).
 */
export function describeCron(expression: string, language: string): string | null {
  try {
    return cronstrue.toString(expression, {
      locale: LOCALES[language] ?? 'en',
      dayOfWeekStartIndexZero: false,
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
    })
  } catch {
    return null
  }
}
