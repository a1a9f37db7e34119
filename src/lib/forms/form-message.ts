/**
 * The one convention for messages a form shows (validation rules, wizard rules, defaults' reasons): a key of an
 * i18next namespace plus its parameters, carried as a string because zod issues and @mantine/form errors carry
 * strings. `useMessageText()` turns one into text; a string that is not a known key (the appliance's own words)
 * is shown as it is.
 */
export type MessageParams = Record<string, string | number>

export interface FormMessage {
  /** i18next namespace, e.g. `validation`, `restore`, `resource-groups`. */
  ns: string
  /** Key inside the namespace, e.g. `rules.template`. */
  key: string
  params: MessageParams
}

const PARAMS_SEPARATOR = '|'
const SHAPE = /^([a-z][a-z0-9-]*):([A-Za-z0-9_.]+)(?:\|(\{.*\}))?$/s

/** `formMessage('restore', 'rules.template')` → `restore:rules.template`; with params, JSON after a bar. */
export function formMessage(ns: string, key: string, params?: MessageParams): string {
  const base = `${ns}:${key}`
  return params && Object.keys(params).length > 0
    ? `${base}${PARAMS_SEPARATOR}${JSON.stringify(params)}`
    : base
}

/** The parts of a message written by `formMessage`, or null for any other text. */
export function parseFormMessage(text: string): FormMessage | null {
  const match = SHAPE.exec(text)
  if (!match) return null
  const [, ns = '', key = '', json] = match
  if (!json) return { ns, key, params: {} }
  try {
    return { ns, key, params: JSON.parse(json) as MessageParams }
  } catch {
    return null
  }
}

/** A namespace's message maker: `const message = messagesOf('restore'); message('rules.template')`. */
export function messagesOf(ns: string) {
  return (key: string, params?: MessageParams) => formMessage(ns, key, params)
}
