import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toApiError, type ApiError } from '../../api'
// The one lib → components import left (design review #4): it goes when the guarded write moves with the
// shared write and confirm work of issue 11.
// eslint-disable-next-line import-x/no-restricted-paths
import { notifyNotSupported, notifySuccess } from '../../components/notify/notify'
import { markOperationUnsupported } from '../appliance/unsupported-operations'
import { useSendGuard } from './use-send-guard'

export interface ApplianceWrite {
  /** The contract's operationId, marked unsupported for the session when the appliance says it lacks it. */
  operation: string
  /**
   * Sends the write and resolves to the success message, or to null when it stopped on its own before
   * succeeding (the guard then comes down as after a failure; call `release` first if nothing was sent).
   */
  send: () => Promise<string | null>
  /**
   * When given, a "not offered" answer shows the not-supported notification and calls this instead of
   * keeping the error for display.
   */
  onNotSupported?: () => void
  /** Sees every error that is kept for display (e.g. to put a server message on its field). */
  onError?: (error: ApiError) => void
}

/**
 * One guarded write to the appliance: never sent twice, a success notification when it went through, the
 * operation remembered as unsupported when the appliance does not offer it, and any other error kept.
 */
export function useApplianceWrite() {
  const { t } = useTranslation()
  const guard = useSendGuard()
  const [error, setError] = useState<ApiError | null>(null)

  /** Resolves to true once the write succeeded (the success notification is shown); the caller closes. */
  const run = useCallback(
    async ({ operation, send, onNotSupported, onError }: ApplianceWrite): Promise<boolean> => {
      // The button is disabled while pending; the guard also catches a click that lands before that re-render.
      if (!guard.start()) return false
      let done = false
      setError(null)
      try {
        const message = await send()
        if (message === null) return false
        notifySuccess(t, message)
        done = true
        return true
      } catch (caught) {
        const apiError = toApiError(caught)
        if (apiError.kind === 'not-supported') {
          markOperationUnsupported(operation)
          if (onNotSupported) {
            // Hide the action for the session and tell the user why it vanished.
            notifyNotSupported(t)
            onNotSupported()
            return false
          }
        }
        setError(apiError)
        onError?.(apiError)
        return false
      } finally {
        // After a success the dialog closes with the guard still up; after anything else it comes down again.
        if (!done) guard.failed()
      }
    },
    [guard, t],
  )

  return { error, run, release: guard.release }
}
