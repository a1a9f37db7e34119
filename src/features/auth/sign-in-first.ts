import { getSessionInfo } from '../../api'
import { peekSignOutReason, rememberReturnTo, signInPath } from './session-limits'

/**
 * Runs once, before the router starts: a visitor without a session who opens a console page is sent to
 * sign-in right away, with the same reason and return place RequireAuth would give, so the browser does not
 * download that page's code only to be redirected. RequireAuth stays the one place that redirects while the
 * console runs (sign-out, expiry).
 */
export function sendToSignInFirst(history: Pick<History, 'replaceState'>, location: Location): void {
  if (getSessionInfo() || location.pathname === '/login') return
  if (peekSignOutReason() !== 'signed-out') rememberReturnTo(location)
  history.replaceState(history === window.history ? window.history.state : null, '', signInPath())
}
