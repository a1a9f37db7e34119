import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toApiError, type ApiError } from '../../api'
import { markOperationUnsupported } from '../../lib/appliance/unsupported-operations'
import { useSendGuard } from '../../lib/forms/use-send-guard'
import { notifyNotSupported, notifySuccess, type Notice } from '../notify/notify'

/**
 * What a write resolves to: a success message (or a notice with a title, a link…), `true` for a success that
 * needs no notification, or null when it stopped on its own before succeeding (the guard then comes down as
 * after a failure; call `release` first if nothing was sent).
 */
export type WriteOutcome = string | Notice | true | null

export interface ApplianceWrite {
  /** The contract's operationId, marked unsupported for the session when the appliance says it lacks it. */
  operation: string
  /** Sends the write. */
  send: () => Promise<WriteOutcome>
  /**
   * When given, a "not offered" answer shows the not-supported notification (`notSupportedNotice`, or the
   * generic one) and calls this instead of keeping the error for display.
   */
  onNotSupported?: () => void
  notSupportedNotice?: Notice
  /** Sees every error that is kept for display (e.g. to put a server message on its field). */
  onError?: (error: ApiError) => void
}

export interface ApplianceWriteOptions {
  /**
   * For a button that stays on screen after a success (backup now, suspend): another click can send again
   * after this many ms. Without it the guard stays up after a success, because the dialog closes.
   */
  rearmAfterSuccessMs?: number
}

/**
 * One guarded write to the appliance, for every write button and dialog: never sent twice (a double click
 * sends one request), a success notification when it went through, the operation remembered as unsupported
 * when the appliance does not offer it, and any other error kept for display.
 */
export function useApplianceWrite({ rearmAfterSuccessMs }: ApplianceWriteOptions = {}) {
  const { t } = useTranslation()
  const guard = useSendGuard()
  const [error, setError] = useState<ApiError | null>(null)
  const [pending, setPending] = useState(false)
  // After a success with `rearmAfterSuccessMs`: the button stays but waits out a double click, and says so by
  // being disabled (a test, or a user, can see when the next click counts).
  const [settling, setSettling] = useState(false)

  /** Resolves to true once the write succeeded (the success notification is shown); the caller closes. */
  const run = useCallback(
    async ({ operation, send, onNotSupported, notSupportedNotice, onError }: ApplianceWrite) => {
      // The button is disabled while pending; the guard also catches a click that lands before that re-render.
      if (!guard.start()) return false
      let done = false
      setError(null)
      setPending(true)
      try {
        const outcome = await send()
        if (outcome === null) return false
        if (outcome !== true) notifySuccess(t, outcome)
        done = true
        if (rearmAfterSuccessMs !== undefined) {
          setSettling(true)
          setTimeout(() => {
            guard.release()
            setSettling(false)
          }, rearmAfterSuccessMs)
        }
        return true
      } catch (caught) {
        const apiError = toApiError(caught)
        if (apiError.kind === 'not-supported') {
          markOperationUnsupported(operation)
          if (onNotSupported) {
            // Hide the action for the session and tell the user why it vanished.
            notifyNotSupported(t, notSupportedNotice)
            onNotSupported()
            return false
          }
        }
        setError(apiError)
        onError?.(apiError)
        return false
      } finally {
        setPending(false)
        guard.settled()
        // After a success the dialog closes with the guard still up; after anything else it comes down again.
        if (!done) guard.failed()
      }
    },
    [guard, t, rearmAfterSuccessMs],
  )

  /** Forgets the last error (a dialog opened again starts clean). */
  const reset = useCallback(() => setError(null), [])

  return { error, pending, settling, run, reset, release: guard.release, rearm: guard.rearm }
}
