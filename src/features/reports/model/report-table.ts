import type { ReactNode } from 'react'
import type { ExportCell } from '../../../lib/export/table-export'
import type { SortDirection } from '../../../lib/url/list-params'
import type { TableRoom } from '../../../components/table-room/table-room'

/** A sort key: numbers compare as numbers; null (missing) always sorts last. */
export type SortKey = string | number | null

/** One column of a report: how it shows, how it is exported, and how it sorts (when it does). */
export interface ReportColumn<Row> {
  key: string
  /** The header on screen and in the files; time columns name the appliance zone. */
  header: string
  render: (row: Row) => ReactNode
  exportValue: (row: Row) => ExportCell
  sortValue?: (row: Row) => SortKey
  /**
   * The narrowest room in which the column keeps its own place (default `narrow`: every column but the first
   * folds on a phone); below it, its value is shown under the first column's.
   */
  ownColumnFrom?: TableRoom
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b))
      return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? 1 : -1
    return a - b
  }
  return collator.compare(String(a), String(b))
}

/**
 * Rows in a column's order. Keys are read once per row; missing values go last in either direction and ties keep
 * the incoming order, so the same view always lists the same rows in the same order (and exports them so).
 */
export function sortRows<Row>(
  rows: readonly Row[],
  column: ReportColumn<Row> | undefined,
  dir: SortDirection,
): Row[] {
  if (!column?.sortValue) return [...rows]
  const keys = rows.map((row) => column.sortValue?.(row) ?? null)
  const sign = dir === 'asc' ? 1 : -1
  const order = rows.map((_, i) => i)
  order.sort((a, b) => {
    const ka = keys[a] as SortKey
    const kb = keys[b] as SortKey
    const missing = (ka === null || (typeof ka === 'number' && Number.isNaN(ka))) as boolean
    const missingB = (kb === null || (typeof kb === 'number' && Number.isNaN(kb))) as boolean
    if (missing || missingB) return missing === missingB ? a - b : missing ? 1 : -1
    return sign * compareKeys(ka, kb) || a - b
  })
  return order.map((i) => rows[i] as Row)
}

/** Rows whose search text holds every word of the query (case-insensitive). */
export function searchRows<Row>(
  rows: readonly Row[],
  query: string,
  text: (row: Row) => string,
): readonly Row[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return rows
  return rows.filter((row) => {
    const haystack = text(row).toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}
