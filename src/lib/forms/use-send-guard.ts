import { useCallback, useMemo, useRef } from 'react'

/** Long enough to swallow the second click of a double click, short enough not to be noticed. */
export const DOUBLE_CLICK_MS = 500

/**
 * Stops a non-idempotent call from being sent twice. Disabling the button while the request is pending is
 * not enough: the simulator (and a fast appliance) can answer between the two clicks of a double click, before
 * React has re-rendered. After a success the guard stays up (the dialog closes); after a failure it comes down
 * once a double click is over, so the user can deliberately try again. A form that stays on screen calls
 * `rearm` when the user edits it: what the next click sends is a new, deliberate attempt.
 */
export function useSendGuard() {
  const busy = useRef(false)
  // Counts sends, so a late "come down" from an earlier failure never lowers the guard of a newer send.
  const sends = useRef(0)
  const inFlight = useRef(false)
  const start = useCallback(() => {
    if (busy.current) return false
    busy.current = true
    inFlight.current = true
    sends.current += 1
    return true
  }, [])
  /** The answer came (whatever it was): from now on an edit may rearm the guard. */
  const settled = useCallback(() => {
    inFlight.current = false
  }, [])
  /** The user changed what would be sent: allow the next click at once, unless a send is still on its way. */
  const rearm = useCallback(() => {
    if (inFlight.current) return
    sends.current += 1
    busy.current = false
  }, [])
  const failed = useCallback(() => {
    inFlight.current = false
    const send = sends.current
    setTimeout(() => {
      if (sends.current === send) busy.current = false
    }, DOUBLE_CLICK_MS)
  }, [])
  /** For checks that stopped before sending anything (a validation): allow the next click at once. */
  const release = useCallback(() => {
    inFlight.current = false
    busy.current = false
  }, [])
  return useMemo(() => ({ start, settled, failed, release, rearm }), [start, settled, failed, release, rearm])
}
