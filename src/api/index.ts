export { scvClient, $api } from './client'
export { ApiError, isApiError, type ApiErrorKind } from './errors'
export { toApiError } from './to-api-error'
export { onUnauthorized } from './middleware'
export {
  getToken,
  getSessionInfo,
  startSession,
  endSession,
  endApplianceSession,
  subscribeToSession,
  SESSION_ENDED_EVENT,
  type SessionInfo,
} from './session'
export type { paths, components } from './schema'
export type * from './types'
export {
  isServedByConsoleServer,
  loadConsoleServer,
  getAppliancesSnapshot,
  subscribeToAppliances,
  selectAppliance,
  signInToAppliances,
  type Appliance,
  type ApplianceSignIn,
  type AppliancesSnapshot,
  type SignInResult,
} from './console-server'
export { onScreenAppliance } from './appliance-queries'
