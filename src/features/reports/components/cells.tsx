import { Anchor, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatApplianceTime } from '../../../lib/format/date-time'
import { routes } from '../../../lib/routes'

/** A VM or datastore name that opens its backups in the backups browser. */
export function ObjectLink({ kind, moref, name }: { kind: 'vm' | 'datastore'; moref: string; name: string }) {
  return (
    <Anchor component={Link} to={routes.backups.browser.href({ kind, moref, name })} size="sm">
      {name}
    </Anchor>
  )
}

/** A managed object reference, set in monospace. */
export function Moref({ value }: { value: string }) {
  return (
    <Text size="sm" ff="monospace">
      {value}
    </Text>
  )
}

/** A time on the appliance's clock (the column header names the zone); `empty` when there is none. */
export function ApplianceTime({ iso, empty = '—' }: { iso: string | null | undefined; empty?: string }) {
  return <Text size="sm">{iso ? formatApplianceTime(iso) : empty}</Text>
}

/** Plain cell text, or a dash. */
export function Plain({ value }: { value: string | number | null | undefined }) {
  return <Text size="sm">{value === null || value === undefined || value === '' ? '—' : value}</Text>
}
