import type { QueryClient } from '@tanstack/react-query'
import { endSession, onUnauthorized } from '../../api'
import { rememberReturnTo } from './session-limits'

interface RouterLike {
  state: { location: { pathname: string; search: string; hash: string } }
  navigate: (to: string, options?: { replace?: boolean }) => Promise<void> | void
}

/**
 * A 401 on any call means the vCenter session is over: remember the page (its URL carries the list state
 * and wizard step; wizard values are in sessionStorage), forget the token and cached answers, go to sign-in.
 */
export function installSessionHandling(router: RouterLike, queryClient: QueryClient): () => void {
  onUnauthorized(() => {
    const location = router.state.location
    if (location.pathname === '/login') return
    rememberReturnTo(location)
    endSession()
    queryClient.clear()
    void router.navigate('/login?reason=expired', { replace: true })
  })
  return () => onUnauthorized(null)
}
