import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { useSession } from '../use-session'
import { rememberReturnTo } from '../session-limits'

/** Pages behind sign-in: without a session, go to sign-in and come back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession()
  const location = useLocation()
  if (!session) {
    rememberReturnTo(location)
    return <Navigate to="/login" replace />
  }
  return <>{children}</>
}
