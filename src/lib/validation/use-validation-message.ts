import type { ReactNode } from 'react'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import {
  FORBIDDEN_NAME_CHARACTERS_TEXT,
  PORT_MAX,
  PORT_MIN,
  RETENTION_MAX,
  RETENTION_MIN,
  RETENTION_MIN_WITH_SNAPVAULT,
  SNAPSHOT_LABEL_MAX,
} from './scv-rules'

/** The limits every validation message may mention, so the text and the rule can never disagree. */
export const validationMessageParams = {
  forbidden: FORBIDDEN_NAME_CHARACTERS_TEXT,
  retentionMin: RETENTION_MIN,
  retentionMax: RETENTION_MAX,
  snapVaultMin: RETENTION_MIN_WITH_SNAPVAULT,
  labelMax: SNAPSHOT_LABEL_MAX,
  portMin: PORT_MIN,
  portMax: PORT_MAX,
}

/**
 * Turns a form error into text: keys of the `validation` namespace (what the shared rules report) are
 * translated with the limits filled in; anything else (a feature's own text, the appliance's words) passes
 * through unchanged. Use it on `form.getInputProps(path).error`.
 */
export function useValidationMessage(): (error: ReactNode) => ReactNode {
  const { t } = useTranslation('validation')
  return useCallback(
    (error: ReactNode) =>
      typeof error === 'string' && error.startsWith('validation:')
        ? t(error, validationMessageParams)
        : error,
    [t],
  )
}
