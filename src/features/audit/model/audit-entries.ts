import type { AuditLogEntry } from '../../../api'

/** One line of an audit file as the viewer shows it. */
export interface AuditRow {
  index: number
  /** Epoch ms, or null when the line carries no time the console can read. */
  at: number | null
  user: string | null
  event: string | null
  object: string | null
  message: string
  raw: string
  /** True when the line gave up no fields (only its raw text is shown). */
  unparsed: boolean
  /** Lower-cased text the search runs over. */
  haystack: string
}

const ISO_TIME = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s*/
const KEY_VALUE = /\b([A-Za-z]+)=(?:"([^"]*)"|(\S+))/g
const FIELD_NAMES: Record<string, 'user' | 'event' | 'object' | 'message'> = {
  user: 'user',
  username: 'user',
  event: 'event',
  action: 'event',
  object: 'object',
  resource: 'object',
  msg: 'message',
  message: 'message',
}

function parseTime(text: string | null | undefined): number | null {
  if (!text) return null
  const ms = Date.parse(text.replace(',', '.').replace(' ', 'T'))
  return Number.isFinite(ms) ? ms : null
}

/**
 * Reads a raw line when the appliance sent no fields: a leading ISO time, then `key=value` or `key="value"`
 * pairs (user, event, object, msg). Anything else keeps its text as the message.
 */
export function parseRawLine(raw: string): Omit<AuditRow, 'index' | 'raw' | 'haystack'> {
  const time = ISO_TIME.exec(raw)
  const rest = time ? raw.slice(time[0].length) : raw
  const fields: Partial<Record<'user' | 'event' | 'object' | 'message', string>> = {}
  for (const match of rest.matchAll(KEY_VALUE)) {
    const name = FIELD_NAMES[(match[1] ?? '').toLowerCase()]
    const value = match[2] ?? match[3] ?? ''
    if (name && value !== '') fields[name] = value
  }
  const unparsed = !fields.event && !fields.user
  return {
    at: parseTime(time?.[1]),
    user: fields.user ?? null,
    event: fields.event ?? null,
    object: fields.object ?? null,
    message: fields.message ?? (unparsed ? rest.trim() : ''),
    unparsed,
  }
}

/** The viewer's rows: the appliance's own fields where it sent them, the console's reading of the raw line otherwise. */
export function toAuditRows(entries: readonly AuditLogEntry[]): AuditRow[] {
  return entries.map((entry, index) => {
    const raw = entry.raw ?? ''
    const sent = entry.event || entry.user
    const parts = sent
      ? {
          at: parseTime(entry.timestamp) ?? parseRawLine(raw).at,
          user: entry.user ?? null,
          event: entry.event ?? null,
          object: entry.object ?? null,
          message: entry.message ?? '',
          unparsed: false,
        }
      : parseRawLine(raw)
    const haystack = [parts.user, parts.event, parts.object, parts.message, raw].join('\n').toLowerCase()
    return { index, raw, haystack, ...parts }
  })
}

/** Marks the lines without fields in the event filter. */
export const UNPARSED_EVENT = '__unparsed__'

export interface AuditFilter {
  search: string
  /** Event type, {@link UNPARSED_EVENT}, or '' for all. */
  event: string
  /** Epoch ms bounds (inclusive), or null. */
  from: number | null
  to: number | null
}

/** The rows the filter keeps, in file order. A time bound drops lines without a readable time. */
export function filterAuditRows(rows: readonly AuditRow[], filter: AuditFilter): AuditRow[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean)
  return rows.filter((row) => {
    if (filter.event === UNPARSED_EVENT ? !row.unparsed : filter.event && row.event !== filter.event)
      return false
    if (filter.from !== null && (row.at === null || row.at < filter.from)) return false
    if (filter.to !== null && (row.at === null || row.at > filter.to)) return false
    return words.every((word) => row.haystack.includes(word))
  })
}

/** The event types present, sorted, for the filter's choices. */
export function eventTypes(rows: readonly AuditRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.event ? [row.event] : [])))].sort((a, b) =>
    a.localeCompare(b),
  )
}
