import type { ReportColumn } from '../model/report-table'
import { Moref, ObjectLink, Plain } from './cells'

type Text = string | number | null | undefined

/** A column of plain text that shows, exports and sorts by the same value. */
export function textColumn<Row>(key: string, header: string, value: (row: Row) => Text): ReportColumn<Row> {
  return {
    key,
    header,
    render: (row) => <Plain value={value(row)} />,
    exportValue: value,
    sortValue: (row) => value(row) ?? null,
  }
}

/** The name (opening the object's backups) and managed object reference of a VM or datastore. */
export function objectColumns<Row extends { moref: string; name: string }>(
  kind: 'vm' | 'datastore',
  headers: { name: string; moref: string },
): ReportColumn<Row>[] {
  return [
    {
      key: 'name',
      header: headers.name,
      render: (row) => <ObjectLink kind={kind} moref={row.moref} name={row.name} />,
      exportValue: (row) => row.name,
      sortValue: (row) => row.name,
    },
    {
      key: 'moref',
      header: headers.moref,
      render: (row) => <Moref value={row.moref} />,
      exportValue: (row) => row.moref,
      sortValue: (row) => row.moref,
    },
  ]
}
