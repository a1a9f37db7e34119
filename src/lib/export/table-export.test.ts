// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { escapeHtml, toCsv, toHtml, type ExportTable } from './table-export'

interface Row {
  name: string
  count: number | null
}

const table: ExportTable<Row> = {
  title: 'VMs & <counts>',
  notes: ['Filtered to: status = Failed', 'Times in UTC+08:00'],
  columns: [
    { header: 'Name', cell: (row) => row.name },
    { header: 'Count (UTC+08:00)', cell: (row) => row.count },
  ],
  rows: [
    { name: 'plain', count: 1 },
    { name: 'db01, "prod" 財務', count: 2 },
    { name: '=HYPERLINK("x")', count: null },
    { name: 'two\nlines', count: 0 },
  ],
  lang: 'zh-TW',
}

describe('toCsv', () => {
  it('writes a BOM, CRLF rows, quotes what needs quoting and neutralises formulas', () => {
    expect(toCsv(table)).toBe(
      '\uFEFF' +
        'Name,Count (UTC+08:00)\r\n' +
        'plain,1\r\n' +
        '"db01, ""prod"" 財務",2\r\n' +
        `"'=HYPERLINK(""x"")",\r\n` +
        '"two\nlines",0\r\n',
    )
  })

  it('writes the header alone for no rows', () => {
    expect(toCsv({ ...table, rows: [] })).toBe('\uFEFFName,Count (UTC+08:00)\r\n')
  })
})

describe('toHtml', () => {
  it('is one self-contained, escaped document', () => {
    const html = toHtml(table)
    expect(html.startsWith('<!doctype html>\n<html lang="zh-TW">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<title>VMs &amp; &lt;counts&gt;</title>')
    expect(html).toContain('<p class="note">Filtered to: status = Failed</p>')
    expect(html).toContain('<th scope="col">Count (UTC+08:00)</th>')
    expect(html).toContain('<tr><td>db01, &quot;prod&quot; 財務</td><td>2</td></tr>')
    expect(html).toContain('<tr><td>=HYPERLINK(&quot;x&quot;)</td><td></td></tr>')
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/<script|<link|src=|href=/i)
  })

  it('escapes every markup character', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    )
  })
})
