import { Button, Group } from '@mantine/core'
import { IconFileTypeCsv, IconFileTypeHtml, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { saveBlob } from '../../../lib/download/save-blob'
import { toCsv, toHtml, type ExportTable } from '../../../lib/export/table-export'
import type { ReportColumn } from '../model/report-table'

interface ExportButtonsProps<Row> {
  /** File names start with it: `scv-backup-jobs-2026-11-27.csv`. */
  fileBase: string
  title: string
  notes: string[]
  columns: ReportColumn<Row>[]
  /** Exactly the rows shown (filtered, searched, sorted), every page. */
  rows: readonly Row[]
}

/** The local date for file names (`2026-11-27`). */
function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** CSV, HTML and print of a report; the files hold the rows the user filtered to and nothing else. */
export function ExportButtons<Row>({ fileBase, title, notes, columns, rows }: ExportButtonsProps<Row>) {
  const { t, i18n } = useTranslation('reports')
  const table = (): ExportTable<Row> => ({
    title,
    notes: [
      ...notes,
      t('export.generated', { time: new Date().toLocaleString(i18n.language), count: rows.length }),
    ],
    columns: columns.map((column) => ({ header: column.header, cell: column.exportValue })),
    rows,
    lang: i18n.language,
  })
  const name = `${fileBase}-${today()}`
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        onClick={() =>
          saveBlob(new Blob([toCsv(table())], { type: 'text/csv;charset=utf-8' }), `${name}.csv`)
        }
      >
        {t('export.csv')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileTypeHtml size={16} aria-hidden />}
        onClick={() =>
          saveBlob(new Blob([toHtml(table())], { type: 'text/html;charset=utf-8' }), `${name}.html`)
        }
      >
        {t('export.html')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} aria-hidden />}
        onClick={() => window.print()}
      >
        {t('export.print')}
      </Button>
    </Group>
  )
}
