import { useMantineTheme } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'

/**
 * How much room a table has, from the window's width (Mantine's breakpoints): `wide` from xl (88em), `laptop`
 * from lg (75em, a 1280–1366 px laptop beside the navigation), `narrow` from sm (48em, a 1024 px screen or a
 * tablet) and `phone` below. Tables fold their secondary columns into the primary cell as the room shrinks,
 * so a status or an action never lives only past the right edge.
 */
export type TableRoom = 'phone' | 'narrow' | 'laptop' | 'wide'

const ORDER: readonly TableRoom[] = ['phone', 'narrow', 'laptop', 'wide']

export interface TableRoomInfo {
  room: TableRoom
  /** True when the table has at least this much room. */
  atLeast: (room: TableRoom) => boolean
}

export function useTableRoom(): TableRoomInfo {
  const { breakpoints } = useMantineTheme()
  // Read synchronously, so the first render already has the right columns (no flash of a wide table).
  const options = { getInitialValueInEffect: false }
  const sm = useMediaQuery(`(min-width: ${breakpoints.sm})`, true, options)
  const lg = useMediaQuery(`(min-width: ${breakpoints.lg})`, true, options)
  const xl = useMediaQuery(`(min-width: ${breakpoints.xl})`, true, options)
  const room: TableRoom = xl ? 'wide' : lg ? 'laptop' : sm ? 'narrow' : 'phone'
  return { room, atLeast: (other) => ORDER.indexOf(room) >= ORDER.indexOf(other) }
}
