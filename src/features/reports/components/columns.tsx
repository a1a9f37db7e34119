import type { TableRoom } from '../../../components/table-room/table-room'
import type { ReportColumn } from '../model/report-table'
import { applianceStamp } from '../../../lib/format/appliance-clock'
import { ApplianceTime, Moref, ObjectLink, Plain } from './cells'

type Text = string | number | null | undefined

/** A column of plain text that shows, exports and sorts by the same value. */
export function textColumn<Row>(
  key: string,
  header: string,
  value: (row: Row) => Text,
  ownColumnFrom?: TableRoom,
): ReportColumn<Row> {
  return {
    key,
    header,
    ownColumnFrom,
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
      // The name says which VM; the reference is for lookups, so it keeps a column only on a wide screen.
      ownColumnFrom: 'wide',
      render: (row) => <Moref value={row.moref} />,
      exportValue: (row) => row.moref,
      sortValue: (row) => row.moref,
    },
  ]
}

/**
 * A time as the appliance's clock shows it; `empty` says what no time means (e.g. "Never"), shown and exported.
 * Sorts by the instant unless the report has the epoch at hand already.
 */
export function timeColumn<Row>(
  key: string,
  header: string,
  iso: (row: Row) => string | null | undefined,
  {
    empty,
    sortValue,
    ownColumnFrom,
  }: { empty?: string; sortValue?: (row: Row) => number | null; ownColumnFrom?: TableRoom } = {},
): ReportColumn<Row> {
  return {
    key,
    header,
    ownColumnFrom,
    render: (row) => <ApplianceTime iso={iso(row)} empty={empty} />,
    exportValue: (row) => {
      const value = iso(row)
      return value ? applianceStamp(value) : (empty ?? '')
    },
    sortValue:
      sortValue ??
      ((row) => {
        const value = iso(row)
        return value ? Date.parse(value) : null
      }),
  }
}
