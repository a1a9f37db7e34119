// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { compareByColumn } from './compare-by-column'

const rows = [
  { name: 'b', size: 10, label: 'vol10' },
  { name: 'a', size: 2, label: 'Vol2' },
  { name: 'c', size: 2, label: 'vol2' },
]
const names = (sorted: typeof rows) => sorted.map((row) => row.name)

describe('compareByColumn', () => {
  it('compares numbers as numbers, both ways, ties by name', () => {
    expect(names([...rows].sort(compareByColumn((row) => row.size, 'asc')))).toEqual(['a', 'c', 'b'])
    expect(names([...rows].sort(compareByColumn((row) => row.size, 'desc')))).toEqual(['b', 'a', 'c'])
  })

  it('compares text without case and with digits read as numbers', () => {
    expect(names([...rows].sort(compareByColumn((row) => row.label, 'asc')))).toEqual(['a', 'c', 'b'])
    expect(names([...rows].sort(compareByColumn((row) => row.label, 'desc')))).toEqual(['b', 'a', 'c'])
  })
})
