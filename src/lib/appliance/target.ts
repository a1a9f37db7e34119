/**
 * Which appliance the console talks to, fixed at build time by vite.config.ts: '' means the embedded
 * simulator; otherwise the host:port of the SCV appliance the dev/preview server proxies to.
 */
export const applianceTarget: string = import.meta.env.VITE_SCV_TARGET ?? ''

export const isSimulator = applianceTarget === ''

/** The simulator's sign-in, shown on the sign-in page in simulator mode only. */
export const SIMULATOR_CREDENTIALS = {
  username: 'administrator@vsphere.local',
  password: 'simulator',
} as const
