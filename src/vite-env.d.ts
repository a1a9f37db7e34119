/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** host:port of the proxied SCV appliance; empty for the embedded simulator (set in vite.config.ts). */
  readonly VITE_SCV_TARGET: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** Mantine's global styles (scripts/mantine-component-styles.ts). */
declare module 'virtual:mantine-styles' {}
