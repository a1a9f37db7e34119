import type { QueryClient } from '@tanstack/react-query'
import {
  endApplianceSession,
  getAppliancesSnapshot,
  isServedByConsoleServer,
  onUnauthorized,
} from '../../api'
import { applianceQueries } from '../../api/appliance-queries'
import { routes } from '../../lib/routes'
import { rememberReturnTo, setSignOutReason } from './session-limits'

interface RouterLike {
  state: { location: { pathname: string; search: string; hash: string } }
}

/**
 * A 401 on any call means the vCenter session is over: remember the page (its URL carries the list state
 * and wizard step; wizard values are in sessionStorage), forget the token and cached answers, go to sign-in.
 * Under the console server each appliance has its own session: a 401 ends that appliance's only, drops only
 * its cached answers, and sends the user to sign-in only when it is the appliance on screen.
 */
export function installSessionHandling(router: RouterLike, queryClient: QueryClient): () => void {
  onUnauthorized((error) => {
    const location = router.state.location
    if (isServedByConsoleServer()) {
      const appliance = error.appliance ?? getAppliancesSnapshot().current?.id
      if (!appliance) return
      queryClient.removeQueries(applianceQueries(appliance))
      if (appliance === getAppliancesSnapshot().current?.id && location.pathname !== routes.login.path) {
        rememberReturnTo(location)
        setSignOutReason('expired')
      }
      endApplianceSession(appliance)
      return
    }
    if (location.pathname === routes.login.path) return
    rememberReturnTo(location)
    setSignOutReason('expired')
    endApplianceSession(undefined)
    queryClient.clear()
    // RequireAuth now redirects to sign-in with the reason; nothing else navigates, so nothing races.
  })
  return () => onUnauthorized(null)
}
