/**
 * Runs before any other module of the app (first import of start.tsx, which main.tsx loads) so the page works
 * under the production server's Content-Security-Policy (`server/security.ts`):
 * - zod compiles object parsers with `new Function` unless told not to, and even its feature test for that is
 *   an `eval` the policy reports; `jitless` parses without it (forms are small, the speed-up is irrelevant);
 * - the server puts a per-response nonce in `<meta property="csp-nonce">`; Mantine adds it to the `<style>`
 *   elements it creates (via `getStyleNonce`) and the modal's scroll lock (react-remove-scroll, through the
 *   get-nonce package) reads it from `__webpack_nonce__`, its documented hook.
 */
configureZodJitless(globalThis as ZodGlobal)

/** Where zod 4 keeps its configuration: one object on `globalThis`, shared by every copy of zod. */
export interface ZodGlobal {
  __zod_globalConfig?: { jitless?: boolean }
}

/**
 * `z.config({ jitless: true })` without importing zod: its `config` module brings zod's core utilities with it
 * into the first chunk, and the sign-in page has no use for zod. zod adopts the object if it is set before zod
 * loads (`globalThis.__zod_globalConfig ??= {}`) and reads it on every parse, so setting it afterwards works
 * too (`strict-csp.test.ts` checks zod sees it).
 */
export function configureZodJitless(global: ZodGlobal): void {
  global.__zod_globalConfig ??= {}
  global.__zod_globalConfig.jitless = true
}

function readStyleNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')
  // Browsers hide the nonce attribute from getAttribute once the policy applies; the property keeps it.
  return meta?.nonce || meta?.getAttribute('nonce') || undefined
}

/** The nonce of this page's CSP, or undefined where no policy asks for one (dev server, tests, preview). */
export const styleNonce = readStyleNonce()

if (styleNonce) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce
