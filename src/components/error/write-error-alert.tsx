import { useTranslation } from 'react-i18next'
import type { ApiError } from '../../api'
import { ApiErrorAlert } from './api-error-alert'

interface WriteErrorAlertProps {
  /** The kept error of a write, or null when there is none. */
  error: ApiError | null
  /** What was being done, e.g. "The policy was not saved."; replaced by the not-offered text when that was why. */
  context: string
}

/** The error of a form's write; says plainly when the appliance does not offer the operation. */
export function WriteErrorAlert({ error, context }: WriteErrorAlertProps) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <ApiErrorAlert
      error={error}
      context={error.kind === 'not-supported' ? t('notify:notSupported.body') : context}
    />
  )
}
