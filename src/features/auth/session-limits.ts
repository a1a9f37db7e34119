/** SCV's default vCenter session lifetime (scv-api.md §1); a real appliance may be configured otherwise. */
export const SESSION_LIMIT_MINUTES = 120
/** How long before the limit the console warns. */
export const SESSION_WARNING_MINUTES = 5

const RETURN_TO_KEY = 'scv.returnTo'

/** Where to go after signing in again: the page (path, query and hash) the user was on when the session ended. */
export function rememberReturnTo(location: { pathname: string; search: string; hash: string }): void {
  if (location.pathname === '/login') return
  sessionStorage.setItem(RETURN_TO_KEY, `${location.pathname}${location.search}${location.hash}`)
}

/** Takes (and forgets) the remembered place; only same-app paths are accepted. */
export function takeReturnTo(): string {
  const value = sessionStorage.getItem(RETURN_TO_KEY)
  sessionStorage.removeItem(RETURN_TO_KEY)
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}
