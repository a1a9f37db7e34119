import { useCallback, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { parseFormMessage } from './form-message'
import { validationMessageParams } from '../validation/message-params'

/**
 * Turns a form message (see form-message.ts) into text of the current language, with the shared rules' limits
 * available to every message. Text that is not a known key — the appliance's own words — passes through
 * unchanged, and so does anything that is not a string.
 */
export function useMessageText(): (message: ReactNode) => ReactNode {
  const { t, i18n } = useTranslation()
  return useCallback(
    (message: ReactNode) => {
      if (typeof message !== 'string') return message
      const parsed = parseFormMessage(message)
      if (!parsed) return message
      const key = `${parsed.ns}:${parsed.key}`
      if (!i18n.exists(key)) return message
      return t(key, { ...validationMessageParams, ...parsed.params })
    },
    [t, i18n],
  )
}
