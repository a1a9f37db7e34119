import { RequireAuth } from '../../features/auth/components/require-auth'
import { AppLayout } from './app-layout'

/**
 * Every signed-in page's frame: sign-in first, then the shell (header, navigation, notifications).
 * A route module of its own, loaded lazily: none of this is downloaded for the sign-in page.
 */
export function SignedInLayout() {
  return (
    <RequireAuth>
      <AppLayout />
    </RequireAuth>
  )
}
