import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { formatDateTime } from './date-time'

describe('dates follow the console language', () => {
  afterEach(() => i18next.changeLanguage('en'))

  it('writes a moment the way the current language does, and switches with it', async () => {
    await i18next.changeLanguage('en')
    expect(formatDateTime('2026-11-27T18:30:05')).toBe('11/27/2026 6:30:05 PM')
    await i18next.changeLanguage('zh-TW')
    expect(formatDateTime('2026-11-27T18:30:05')).toBe('2026/11/27 18:30:05')
  })
})
