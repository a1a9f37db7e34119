import { Button, Collapse } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconAdjustmentsHorizontal } from '@tabler/icons-react'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTableRoom } from './table-room'

interface CollapsibleFiltersProps {
  /** How many filters are set, shown on the toggle so a folded bar still says the list is filtered. */
  active: number
  children: ReactNode
}

/**
 * A filter bar that folds behind a "Filters" button below a wide window (88em), so the list's rows get the
 * screen; on a wide screen it is always open.
 */
export function CollapsibleFilters({ active, children }: CollapsibleFiltersProps) {
  const { t } = useTranslation()
  const { atLeast } = useTableRoom()
  const [opened, { toggle }] = useDisclosure(false)
  const id = useId()
  if (atLeast('wide')) return <>{children}</>
  return (
    <>
      <Button
        variant="default"
        size="compact-md"
        mb="xs"
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        aria-expanded={opened}
        aria-controls={id}
        onClick={toggle}
      >
        {active > 0 ? t('filtersToggle.active', { count: active }) : t('filtersToggle.label')}
      </Button>
      <Collapse expanded={opened} id={id}>
        {children}
      </Collapse>
    </>
  )
}
