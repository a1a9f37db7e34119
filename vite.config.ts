import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { mantineComponentStyles } from './scripts/mantine-component-styles.js'

/**
 * Two ways to reach an appliance:
 * - no SCV_URL: the embedded simulator (MSW service worker in the page), no server needed;
 * - SCV_URL=https://scv:8144: the dev and preview servers proxy /api to that appliance. Its certificate is
 *   usually self-signed, so the proxy (and only the proxy) accepts it.
 */
const scvUrl = process.env.SCV_URL?.trim() || ''

const proxy = scvUrl ? { '/api': { target: scvUrl, changeOrigin: true, secure: false } } : undefined

export default defineConfig({
  plugins: [react(), mantineComponentStyles()],
  resolve: {
    alias: [
      // react-i18next (on the sign-in page) and recharts import React 18's useSyncExternalStore polyfill; React 19
      // has the hook itself and the polyfill only hands it on, so they get React's own.
      { find: /^use-sync-external-store\/shim$/, replacement: 'react' },
    ],
  },
  // The newcomer smoke test (e2e/newcomer-smoke.spec.ts) starts the dev server with an empty cache of its own,
  // as a fresh clone has, and apart from any `npm start` running in the same folder.
  cacheDir: process.env.SCV_VITE_CACHE_DIR || undefined,
  // Only the console's page: the e2e builds (dist-e2e*/index.html) are not sources to scan for dependencies.
  optimizeDeps: { entries: ['index.html'] },
  define: {
    'import.meta.env.VITE_SCV_TARGET': JSON.stringify(scvUrl ? new URL(scvUrl).host : ''),
  },
  server: { proxy, watch: { ignored: ['**/dist-e2e*/**', '**/test-results/**'] } },
  preview: { proxy },
  build: {
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'eslint-rules/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    testTimeout: 15_000,
  },
})
