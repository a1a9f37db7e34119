import { useCallback, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useValidationMessage } from '../../../lib/validation'
import { decodeMessage } from './messages'

/** Turns a form error of this feature (see messages.ts) or of the shared rules into text. */
export function useErrorText(): (error: ReactNode) => ReactNode {
  const { t } = useTranslation('resource-groups')
  const shared = useValidationMessage()
  return useCallback(
    (error: ReactNode) => {
      if (typeof error !== 'string') return error
      const decoded = decodeMessage(error)
      if (decoded) return t(`validation.${decoded.key}`, decoded.params)
      return shared(error)
    },
    [shared, t],
  )
}
