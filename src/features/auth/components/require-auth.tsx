import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { useSession } from '../use-session'
import { peekSignOutReason, rememberReturnTo, signInPath } from '../session-limits'

/**
 * Pages behind sign-in: without a session, go to sign-in (saying why, when the session ended) and come back
 * here afterwards. This is the one place that redirects, so sign-out and expiry never race each other.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession()
  const location = useLocation()
  if (!session) {
    // A deliberate sign-out starts the next session afresh; a deep link or an expiry comes back here.
    if (peekSignOutReason() !== 'signed-out') rememberReturnTo(location)
    return <Navigate to={signInPath()} replace />
  }
  return <>{children}</>
}
