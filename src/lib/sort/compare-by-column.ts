import type { SortDirection } from '../url/list-params'

/** What a sortable column compares: numbers as numbers, anything else as text with its digits read as numbers. */
export type SortValue = string | number

/**
 * Orders named rows by one column in the chosen direction. Text compares case-insensitively with "vol2" before
 * "vol10"; ties fall back to the name so the order never jumps between renders.
 */
export function compareByColumn<Row extends { name: string }>(
  value: (row: Row) => SortValue,
  direction: SortDirection,
): (a: Row, b: Row) => number {
  const sign = direction === 'asc' ? 1 : -1
  return (a, b) => {
    const left = value(a)
    const right = value(b)
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left).localeCompare(String(right), undefined, { numeric: true, sensitivity: 'base' })
    return order !== 0 ? sign * order : a.name.localeCompare(b.name)
  }
}
