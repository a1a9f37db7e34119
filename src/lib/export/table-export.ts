import Papa from 'papaparse'

/** A cell as it is written to a file: text or a number, nothing for an empty cell. */
export type ExportCell = string | number | null | undefined

/** One column of an exported table: its header and the text of a row's cell (never markup). */
export interface ExportColumn<Row> {
  header: string
  cell: (row: Row) => ExportCell
}

/** A table ready to leave the console: exactly the rows the user filtered to, in the order shown. */
export interface ExportTable<Row> {
  title: string
  /** Lines under the title in the HTML file: the filters, when it was made, the appliance time zone. */
  notes: readonly string[]
  columns: readonly ExportColumn<Row>[]
  rows: readonly Row[]
  /** The document language (`en`, `zh-TW`). */
  lang: string
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without it zh-TW names turn to mojibake. */
const BOM = '\uFEFF'

function cellText(value: ExportCell): string {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * The table as CSV (RFC 4180, CRLF line ends, UTF-8 with a BOM). Papa Parse quotes any cell holding a comma, a
 * quote or a line break and doubles its quotes; `escapeFormulae` prefixes a `'` to cells that a spreadsheet
 * would run as a formula (a VM named `=HYPERLINK(…)` stays text).
 */
export function toCsv<Row>(table: ExportTable<Row>): string {
  const fields = table.columns.map((column) => column.header)
  const data = table.rows.map((row) => table.columns.map((column) => cellText(column.cell(row))))
  const text = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true })
  // Every record ends with CRLF, the last one too (Papa ends a header-only table with one already).
  return BOM + (text.endsWith('\r\n') ? text : `${text}\r\n`)
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text made safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

/** Styles of the HTML file: readable on screen and on paper, no external resource. */
const HTML_STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans TC", "Microsoft JhengHei", sans-serif;
  color: #1a1b1e; background: #fff; margin: 24px; }
h1 { font-size: 20px; margin: 0 0 8px; }
p.note { margin: 2px 0; color: #373a40; }
table { border-collapse: collapse; margin-top: 16px; width: 100%; }
th, td { border: 1px solid #ced4da; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f1f3f5; }
tbody tr:nth-child(even) { background: #f8f9fa; }
@media print { body { margin: 0; } thead { display: table-header-group; } tr { break-inside: avoid; } }
`.trim()

/**
 * The table as one self-contained HTML document (inline styles, no scripts, no links to fetch), like the
 * plug-in's own HTML export. Every value is escaped.
 */
export function toHtml<Row>(table: ExportTable<Row>): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column.header)}</th>`).join('')
  const body = table.rows
    .map(
      (row) =>
        `<tr>${table.columns.map((column) => `<td>${escapeHtml(cellText(column.cell(row)))}</td>`).join('')}</tr>`,
    )
    .join('\n')
  const notes = table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(table.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(table.title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(table.title)}</h1>`,
    notes,
    '<table>',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
