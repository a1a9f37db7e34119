import { useCallback, useMemo, useRef } from 'react'

/** Long enough to swallow the second click of a double click, short enough not to be noticed. */
export const DOUBLE_CLICK_MS = 500

/**
 * Stops a non-idempotent call from being sent twice. Disabling the button while the request is pending is
 * not enough: the simulator (and a fast appliance) can answer between the two clicks of a double click, before
 * React has re-rendered. After a success the guard stays up (the dialog closes); after a failure it comes down
 * once a double click is over, so the user can deliberately try again.
 */
export function useSendGuard() {
  const busy = useRef(false)
  // Counts sends, so a late "come down" from an earlier failure never lowers the guard of a newer send.
  const sends = useRef(0)
  const start = useCallback(() => {
    if (busy.current) return false
    busy.current = true
    sends.current += 1
    return true
  }, [])
  const failed = useCallback(() => {
    const send = sends.current
    setTimeout(() => {
      if (sends.current === send) busy.current = false
    }, DOUBLE_CLICK_MS)
  }, [])
  /** For checks that stopped before sending anything (a validation): allow the next click at once. */
  const release = useCallback(() => {
    busy.current = false
  }, [])
  return useMemo(() => ({ start, failed, release }), [start, failed, release])
}
