import { Button, Collapse, Group } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconAdjustmentsHorizontal } from '@tabler/icons-react'
import { Children, useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTableRoom, type TableRoom } from './table-room'

interface CollapsibleFiltersProps {
  /** Always on screen, before the toggle: the search box, which people reach for first at any width. */
  lead: ReactNode
  /** How many folded filters are set, shown on the toggle so a folded bar still says the list is filtered. */
  active: number
  /** The filters that fold behind the toggle below `foldBelow`. */
  children: ReactNode
  /**
   * The room from which everything stays on one row: `wide` (the default) for a bar of many wide selects (jobs),
   * `narrow` for a short bar that fits a laptop and folds on a phone only.
   */
  foldBelow?: TableRoom
}

/**
 * A filter bar whose selects fold behind a "Filters" button below a wide window (88em) or the room named by
 * `foldBelow`, so the list's rows get the screen; the search box (`lead`) stays visible at every width. With
 * the room, everything is one row.
 */
export function CollapsibleFilters({ lead, active, children, foldBelow = 'wide' }: CollapsibleFiltersProps) {
  const { t } = useTranslation()
  const { atLeast } = useTableRoom()
  const [opened, { toggle }] = useDisclosure(false)
  const id = useId()
  // Nothing to fold (a list with only its search box): no toggle.
  if (atLeast(foldBelow) || Children.toArray(children).length === 0) {
    return (
      <Group align="flex-end" gap="sm" wrap="wrap">
        {lead}
        {children}
      </Group>
    )
  }
  return (
    <>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {lead}
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          aria-expanded={opened}
          aria-controls={id}
          onClick={toggle}
        >
          {active > 0 ? t('filtersToggle.active', { count: active }) : t('filtersToggle.label')}
        </Button>
      </Group>
      <Collapse expanded={opened} id={id}>
        <Group align="flex-end" gap="sm" wrap="wrap" pt="xs">
          {children}
        </Group>
      </Collapse>
    </>
  )
}
