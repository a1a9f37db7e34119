import { useMutation, useQueryClient } from '@tanstack/react-query'
import { $api, endSession, signInToAppliances, startSession } from '../../../api'
import { clearSignOutReason, setSignOutReason, type SignOutReason } from '../session-limits'

/**
 * Signs in with vCenter credentials (`POST /4.1/auth/login`) and keeps the token for this tab. The cache is
 * cleared first so nothing from an earlier user survives.
 */
export function useSignIn() {
  const queryClient = useQueryClient()
  return $api.useMutation('post', '/4.1/auth/login', {
    onSuccess: (data, variables) => {
      const token = data.response?.token
      if (!token) throw new TypeError('The login answer carried no response.token')
      queryClient.clear()
      clearSignOutReason()
      startSession(token, { username: variables.body.username, signedInAt: Date.now() })
    },
  })
}

/**
 * Under the console server: signs in to the chosen appliances with one set of vCenter credentials. The
 * server keeps the tokens; the answer says, per appliance, whether it worked. Other appliances' cached
 * data stays (each appliance has its own sign-in).
 */
export function useApplianceSignIn() {
  return useMutation({
    mutationFn: (variables: { username: string; password: string; appliances: string[] }) =>
      signInToAppliances(variables.username, variables.password, variables.appliances),
    onSuccess: (results) => {
      if (results.some((r) => r.ok)) clearSignOutReason()
    },
  })
}

/**
 * Forgets the token and every cached answer. RequireAuth then sends the user to sign-in, with the reason.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  return (reason: SignOutReason = 'signed-out') => {
    setSignOutReason(reason)
    endSession()
    queryClient.clear()
  }
}
