import { Button, Collapse, Group } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconAdjustmentsHorizontal } from '@tabler/icons-react'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTableRoom } from './table-room'

interface CollapsibleFiltersProps {
  /** Always on screen, before the toggle: the search box, which people reach for first at any width. */
  lead: ReactNode
  /** How many folded filters are set, shown on the toggle so a folded bar still says the list is filtered. */
  active: number
  /** The filters that fold behind the toggle below a wide window. */
  children: ReactNode
}

/**
 * A filter bar whose selects fold behind a "Filters" button below a wide window (88em), so the list's rows get
 * the screen; the search box (`lead`) stays visible at every width. On a wide screen everything is one row.
 */
export function CollapsibleFilters({ lead, active, children }: CollapsibleFiltersProps) {
  const { t } = useTranslation()
  const { atLeast } = useTableRoom()
  const [opened, { toggle }] = useDisclosure(false)
  const id = useId()
  if (atLeast('wide')) {
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
