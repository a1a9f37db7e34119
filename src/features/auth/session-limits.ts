import { routes } from '../../lib/routes'

/** SCV's default vCenter session lifetime (docs/scv-api.md §1); a real appliance may be configured otherwise. */
export const SESSION_LIMIT_MINUTES = 120
/** How long before the limit the console warns. */
export const SESSION_WARNING_MINUTES = 5

const RETURN_TO_KEY = 'scv.returnTo'

/** Where to go after signing in again: the page (path, query and hash) the user was on when the session ended. */
export function rememberReturnTo(location: { pathname: string; search: string; hash: string }): void {
  if (location.pathname === routes.login.path) return
  sessionStorage.setItem(RETURN_TO_KEY, `${location.pathname}${location.search}${location.hash}`)
}

/** Takes (and forgets) the remembered place; only same-app paths are accepted. */
export function takeReturnTo(): string {
  const value = sessionStorage.getItem(RETURN_TO_KEY)
  sessionStorage.removeItem(RETURN_TO_KEY)
  return value && value.startsWith('/') && !value.startsWith('//') ? value : routes.dashboard.href()
}

const SIGN_OUT_REASON_KEY = 'scv.signOutReason'

/** Why the session ended, so the sign-in page can say so: the user signed out, or the session expired. */
export type SignOutReason = 'signed-out' | 'expired'

export function setSignOutReason(reason: SignOutReason): void {
  sessionStorage.setItem(SIGN_OUT_REASON_KEY, reason)
}

export function peekSignOutReason(): SignOutReason | null {
  const value = sessionStorage.getItem(SIGN_OUT_REASON_KEY)
  return value === 'signed-out' || value === 'expired' ? value : null
}

export function clearSignOutReason(): void {
  sessionStorage.removeItem(SIGN_OUT_REASON_KEY)
}

/** Where RequireAuth sends a visitor without a session. */
export function signInPath(): string {
  const reason = peekSignOutReason()
  return routes.login.href(reason ?? undefined)
}
