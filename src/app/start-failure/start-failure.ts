import { LANGUAGE_STORAGE_KEY, isLanguage, type Language } from '../../lib/i18n/languages'
import en from './locales/en.json'
import zhTW from './locales/zh-TW.json'

/**
 * What stopped the console before its first screen. This page is plain DOM with its own small catalogue, so it
 * still works when React, Mantine or i18next are what failed to load.
 */
export type StartFailureKind = 'insecureContext' | 'serviceWorker' | 'module' | 'unknown'

/** Which step of starting failed; the simulator's step fails for service-worker reasons. */
export type StartStage = 'simulator' | 'app'

/** Wraps an error with the start step it came from. */
export class StartError extends Error {
  constructor(
    readonly stage: StartStage,
    readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'StartError'
  }
}

const catalogues: Record<Language, typeof en> = { en, 'zh-TW': zhTW }

/** Chrome, Firefox and Safari word a failed `import()` differently. */
const MODULE_LOAD_FAILURE =
  /dynamically imported module|module script failed|error loading dynamically imported|Unable to preload CSS/i

/** The failure behind an error thrown while starting. */
export function classifyStartFailure(
  error: unknown,
  browser: Pick<Window, 'isSecureContext'> & { hasServiceWorker: boolean },
): StartFailureKind {
  const stage = error instanceof StartError ? error.stage : 'app'
  const cause = error instanceof StartError ? error.cause : error
  const message = cause instanceof Error ? cause.message : String(cause)
  if (MODULE_LOAD_FAILURE.test(message)) return 'module'
  if (stage === 'simulator') {
    return !browser.isSecureContext || !browser.hasServiceWorker ? 'insecureContext' : 'serviceWorker'
  }
  return 'unknown'
}

function pageLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY)
  if (saved && isLanguage(saved)) return saved
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh-TW' : 'en'
}

function technicalDetails(error: unknown): string {
  const cause = error instanceof StartError ? error.cause : error
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`
  return String(cause)
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  return node
}

/**
 * Replaces the page with a readable explanation of why the console could not start and what to do, with a
 * Reload button (the retry). Styles come from `index.html` (`.start-failure`), which needs no module to load.
 */
export function showStartFailure(error: unknown): StartFailureKind {
  const kind = classifyStartFailure(error, {
    isSecureContext: window.isSecureContext,
    hasServiceWorker: 'serviceWorker' in navigator,
  })
  const language = pageLanguage()
  const text = catalogues[language]
  const section = text[kind]
  const page = element('main', undefined, {
    class: 'start-failure',
    lang: language,
    'data-testid': 'start-failure',
  })
  const alert = element('div', undefined, { role: 'alert' })
  alert.append(
    element('h1', section.title),
    element('p', section.body.replace('{{origin}}', window.location.origin)),
    element('p', section.action),
  )
  const details = element('details')
  details.append(element('summary', text.details), element('pre', technicalDetails(error)))
  const reload = element('button', text.reload, { type: 'button' })
  reload.addEventListener('click', () => window.location.reload())
  page.append(alert, details, reload)

  document.getElementById('root')?.setAttribute('hidden', '')
  document.querySelector('main.start-failure')?.remove()
  document.body.append(page)
  document.documentElement.lang = language
  return kind
}
