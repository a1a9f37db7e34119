import type { QueryClient } from '@tanstack/react-query'
import { endSession, onUnauthorized } from '../../api'
import { routes } from '../../lib/routes'
import { rememberReturnTo, setSignOutReason } from './session-limits'

interface RouterLike {
  state: { location: { pathname: string; search: string; hash: string } }
}

/**
 * A 401 on any call means the vCenter session is over: remember the page (its URL carries the list state
 * and wizard step; wizard values are in sessionStorage), forget the token and cached answers, go to sign-in.
 */
export function installSessionHandling(router: RouterLike, queryClient: QueryClient): () => void {
  onUnauthorized(() => {
    const location = router.state.location
    if (location.pathname === routes.login.path) return
    rememberReturnTo(location)
    setSignOutReason('expired')
    endSession()
    queryClient.clear()
    // RequireAuth now redirects to sign-in with the reason; nothing else navigates, so nothing races.
  })
  return () => onUnauthorized(null)
}
