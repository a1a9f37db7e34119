import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import { DataTable } from 'mantine-datatable'
import { useTranslation } from 'react-i18next'
import type { ReportColumn } from '../model/report-table'
import { searchRows, sortRows } from '../model/report-table'
import { useListParams } from '../../../lib/url/list-params'
import { useSearchText } from '../../../lib/url/use-search-text'
import { ListSearch } from '../../../components/list-toolbar/list-toolbar'
import { viewFields } from '../model/report-params'
import { ExportButtons } from './export-buttons'
import { useTableRoom } from '../../../components/table-room/table-room'
import { FoldedDetails, Labelled } from '../../../components/table-room/folded-details'

const PAGE_SIZE = 50
/** Printing lays out every filtered row up to this many; past it the HTML export holds them all. */
const PRINT_LIMIT = 5_000

interface ReportViewProps<Row> {
  /** Identifies the report in ids and file names (`backup-jobs`). */
  id: string
  title: string
  description: ReactNode
  /** The report's own filters, above the table. */
  filters?: ReactNode
  /** Counts or a chart of the rows shown, above the table. */
  summary?: (rows: readonly Row[]) => ReactNode
  columns: ReportColumn<Row>[]
  /** The rows after the report's filters; the view adds search, sort and paging. */
  rows: readonly Row[]
  rowKey: (row: Row) => string
  searchText: (row: Row) => string
  defaultSort: { key: string; dir: 'asc' | 'desc' }
  /** What the rows are filtered to, in words, for the exported file. */
  filterNotes: string[]
  /** Time zone note for the exported file and the page. */
  zoneNote: string | null
  emptyText: string
}

/**
 * One report on screen and on its way out: search, sort and page in the URL, the count of what is shown, and
 * CSV, HTML and print that hold exactly the rows the filters and the search leave, in the order shown.
 */
export function ReportView<Row>({
  id,
  title,
  description,
  filters,
  summary,
  columns,
  rows,
  rowKey,
  searchText,
  defaultSort,
  filterNotes,
  zoneNote,
  emptyText,
}: ReportViewProps<Row>) {
  const { t } = useTranslation('reports')
  const [params, update] = useListParams(viewFields)
  const search = useSearchText(params.search, (text) => update({ search: text, page: 1 }))
  const [printing, setPrinting] = useState(false)

  // Print every filtered row, not only the page on screen.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])

  const sortKey = columns.some((column) => column.key === params.sort && column.sortValue)
    ? (params.sort as string)
    : defaultSort.key
  const dir = params.sort ? params.dir : defaultSort.dir
  const shown = useMemo(() => {
    const found = searchRows(rows, params.search, searchText)
    return sortRows(
      found,
      columns.find((column) => column.key === sortKey),
      dir,
    )
  }, [rows, params.search, searchText, columns, sortKey, dir])

  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE))
  const page = Math.min(params.page, pages)
  const records = printing
    ? shown.slice(0, PRINT_LIMIT)
    : shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  const notes = [
    ...filterNotes,
    ...(params.search.trim() ? [t('view.searchNote', { query: params.search.trim() })] : []),
    ...(zoneNote ? [zoneNote] : []),
  ]

  // Columns without their own place at this width fold under the first one (each named by its header); a
  // printout has the page's full width and keeps every column.
  const { atLeast } = useTableRoom()
  const isFolded = (column: ReportColumn<Row>) => !printing && !atLeast(column.ownColumnFrom ?? 'narrow')
  const foldedColumns = columns.slice(1).filter(isFolded)

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3" id={`${id}-title`}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
      {filters && (
        <Paper withBorder p="sm" data-print-hide>
          {filters}
        </Paper>
      )}
      {summary?.(shown)}
      <Group justify="space-between" align="flex-end" data-print-hide>
        <ListSearch
          label={t('view.search')}
          placeholder={t('view.searchPlaceholder')}
          search={search}
          width={320}
        />
        <ExportButtons fileBase={`scv-${id}`} title={title} notes={notes} columns={columns} rows={shown} />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid={`${id}-count`}>
        {t('view.count', { count: shown.length, total: rows.length })}
      </Text>
      {printing && notes.length > 0 && (
        <Stack gap={0} className="print-only">
          {notes.map((note) => (
            <Text key={note} size="sm">
              {note}
            </Text>
          ))}
        </Stack>
      )}
      {printing && shown.length > PRINT_LIMIT && (
        <Text size="sm">{t('view.printLimit', { count: PRINT_LIMIT })}</Text>
      )}
      <DataTable<Row>
        aria-labelledby={`${id}-title`}
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={shown.length === 0 ? 160 : undefined}
        noRecordsText={emptyText}
        idAccessor={rowKey}
        records={records}
        columns={columns.map((column, index) => ({
          accessor: column.key,
          title: column.header,
          sortable: Boolean(column.sortValue),
          hidden: index > 0 && isFolded(column),
          render: (row: Row) =>
            index > 0 || foldedColumns.length === 0 ? (
              column.render(row)
            ) : (
              <>
                {column.render(row)}
                <FoldedDetails
                  lines={foldedColumns.map((other) => (
                    <Labelled key={other.key} label={other.header}>
                      {other.render(row)}
                    </Labelled>
                  ))}
                />
              </>
            ),
        }))}
        sortStatus={{ columnAccessor: sortKey, direction: dir }}
        onSortStatusChange={(status) =>
          update({ sort: status.columnAccessor as string, dir: status.direction, page: 1 })
        }
        totalRecords={shown.length}
        recordsPerPage={printing ? PRINT_LIMIT : PAGE_SIZE}
        page={printing ? 1 : page}
        onPageChange={(next) => update({ page: next })}
        paginationText={({ from, to, totalRecords }) => t('view.pageText', { from, to, total: totalRecords })}
      />
    </Stack>
  )
}
