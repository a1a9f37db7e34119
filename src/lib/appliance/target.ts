import { getCurrentAppliance, isServedByConsoleServer } from '../../api/console-server'

/**
 * Which appliance the console talks to, fixed at build time by vite.config.ts: '' means the embedded
 * simulator; otherwise the host:port of the SCV appliance the dev/preview server proxies to. Under the
 * console server (`npm run serve`) the appliances come from its registry at run time instead.
 */
export const applianceTarget: string = import.meta.env.VITE_SCV_TARGET ?? ''

/** host:port of the appliance the page works with now ('' for the embedded simulator). */
export function currentApplianceHost(): string {
  return isServedByConsoleServer() ? (getCurrentAppliance()?.host ?? '') : applianceTarget
}

/** The embedded simulator answers: not when served by the console server, whatever the build bundled. */
export const isSimulator = applianceTarget === '' && !isServedByConsoleServer()

/** The simulator's sign-in, shown on the sign-in page in simulator mode only. */
export const SIMULATOR_CREDENTIALS = {
  username: 'administrator@vsphere.local',
  password: 'simulator',
} as const
