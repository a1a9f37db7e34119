import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router'

/**
 * A list's state (search, filters, sort, page, open row) lives in the URL, so a link or a reload shows the same
 * view. Each list declares its parameters once as fields — the URL key, how a raw value is read (anything odd
 * falls back to the default, never fails) and how a value is written (`null`: the default, left out so plain
 * URLs stay plain) — and reads and writes them with the functions below or `useListParams`.
 */
export interface ParamField<T> {
  /** The URL search parameter. */
  key: string
  read: (raw: string | null) => T
  /** The text to write, or null for the default (the parameter is then removed). */
  write: (value: T) => string | null
}

/** The fields of one list, named as the page reads them (`search` may be written as `?q=`). */
export type ParamFields<V> = { readonly [K in keyof V]: ParamField<V[K]> }

export type SortDirection = 'asc' | 'desc'

/** Free text (a search box); empty is the default. */
export function textParam(key: string): ParamField<string> {
  return { key, read: (raw) => raw ?? '', write: (value) => (value === '' ? null : value) }
}

/** One of a fixed set of values, `fallback` when absent or unknown (a sort column, a time range, a kind). */
export function oneOfParam<const T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): ParamField<T> {
  return {
    key,
    read: (raw) => ((allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback),
    write: (value) => (value === fallback ? null : value),
  }
}

/** A sort direction, `fallback` by default. */
export function directionParam(key: string, fallback: SortDirection): ParamField<SortDirection> {
  return oneOfParam(key, ['asc', 'desc'] as const, fallback)
}

/** A value that may be absent (a filter with "any", an open row); null when absent or empty. */
export function optionalParam(key: string): ParamField<string | null> {
  return { key, read: (raw) => (raw ? raw : null), write: (value) => value || null }
}

/** A switch: `?key=1` when on, absent when off. */
export function flagParam(key: string): ParamField<boolean> {
  return { key, read: (raw) => raw === '1', write: (value) => (value ? '1' : null) }
}

/** A page number, at least 1 (the default). */
export function pageParam(key = 'page'): ParamField<number> {
  return {
    key,
    read: (raw) => {
      const page = Number(raw)
      return Number.isInteger(page) && page > 0 ? page : 1
    },
    write: (value) => (value > 1 ? String(value) : null),
  }
}

/** A positive integer id (the open backup, the open policy); null when absent or not an id. */
export function idParam(key: string): ParamField<number | null> {
  return {
    key,
    read: (raw) => {
      const id = Number(raw)
      return raw !== null && /^\d+$/.test(raw) && id > 0 ? id : null
    },
    write: (value) => (value === null ? null : String(value)),
  }
}

/**
 * A comma-separated list (several statuses). `normalise` reads each item (e.g. upper-case) and `keep` drops the
 * ones the list does not know.
 */
export function listParam(
  key: string,
  {
    normalise = (item) => item,
    keep = () => true,
  }: { normalise?: (item: string) => string; keep?: (item: string) => boolean } = {},
): ParamField<string[]> {
  return {
    key,
    read: (raw) =>
      raw
        ? raw
            .split(',')
            .filter((item) => item !== '')
            .map(normalise)
            .filter(keep)
        : [],
    write: (value) => (value.length > 0 ? value.join(',') : null),
  }
}

/** A calendar date, `YYYY-MM-DD` (the `type="date"` input's value); empty when absent or malformed. */
export function dateParam(key: string): ParamField<string> {
  return {
    key,
    read: (raw) => (raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : ''),
    write: (value) => value || null,
  }
}

/** The fields of a plain sortable table: its search (`?q=`), sort column and direction (`?sort=&dir=`). */
export function tableFields<const K extends string>(sortKeys: readonly K[], defaultSort: K) {
  return {
    search: textParam('q'),
    sort: oneOfParam('sort', sortKeys, defaultSort),
    direction: directionParam('dir', 'asc'),
  }
}

/** Every field's value as the URL has it. */
export function readListParams<V>(fields: ParamFields<V>, params: URLSearchParams): V {
  const values = {} as V
  for (const name of Object.keys(fields) as Array<keyof V>) {
    const field = fields[name]
    values[name] = field.read(params.get(field.key))
  }
  return values
}

/** The defaults: what a URL without any of the fields reads as. */
export function defaultListParams<V>(fields: ParamFields<V>): V {
  return readListParams(fields, new URLSearchParams())
}

/**
 * The URL for `base` with `patch` applied: parameters that are not the list's (the object a page shows, a wizard
 * step) are kept first, then the list's fields in their declared order, defaults left out — so one state always
 * reads as one URL.
 */
export function writeListParams<V>(
  fields: ParamFields<V>,
  patch: Partial<V>,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const names = Object.keys(fields) as Array<keyof V>
  const keys = new Set(names.map((name) => fields[name].key))
  const next = new URLSearchParams()
  for (const [key, value] of base) if (!keys.has(key)) next.append(key, value)
  for (const name of names) {
    const field = fields[name]
    const value = name in patch ? (patch[name] as V[keyof V]) : field.read(base.get(field.key))
    const written = field.write(value)
    if (written !== null) next.set(field.key, written)
  }
  return next
}

/** True when any of the named fields differs from its default (to offer "Clear filters"). */
export function hasNonDefault<V>(fields: ParamFields<V>, values: V, names: ReadonlyArray<keyof V>): boolean {
  return countNonDefault(fields, values, names) > 0
}

/** How many of the named fields differ from their default (a folded filter bar says "Filters (2 set)"). */
export function countNonDefault<V>(fields: ParamFields<V>, values: V, names: ReadonlyArray<keyof V>): number {
  return names.filter((name) => fields[name].write(values[name]) !== null).length
}

/**
 * The list's state from the URL and a function that patches it. Updates replace the history entry by default:
 * typing in a search box must not leave one entry per keystroke. `fields` must be a module-level constant.
 *
 * Every patch starts from the URL as it is now, not from the render the handler was made in: Mantine's
 * Select/MultiSelect call back through a handler from an earlier render, and React Router's functional update
 * hands that render's parameters too — so two filters chosen one after the other would lose the first.
 */
export function useListParams<V>(fields: ParamFields<V>) {
  const [params, setParams] = useSearchParams()
  const values = useMemo(() => readListParams(fields, params), [fields, params])
  const latest = useRef(params)
  // URLs written and not yet rendered, oldest first. The router renders each write later (a transition); a write
  // rendered after a newer one was sent must not take `latest` back to it (as a search box's late write once did).
  const written = useRef<string[]>([])
  useLayoutEffect(() => {
    const at = written.current.indexOf(params.toString())
    written.current = at < 0 ? [] : written.current.slice(at + 1)
    if (written.current.length === 0) latest.current = params
  }, [params])
  const update = useCallback(
    (patch: Partial<V>, { replace = true }: { replace?: boolean } = {}) => {
      const next = writeListParams(fields, patch, latest.current)
      latest.current = next
      written.current.push(next.toString())
      setParams(next, { replace })
    },
    [fields, setParams],
  )
  return [values, update] as const
}
