import type { ReactNode } from 'react'
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface ListSearchProps {
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
}

/** The search box above a list; the list keeps the search in its URL. */
export function ListSearch({ label, placeholder, value, onChange }: ListSearchProps) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={360}
    />
  )
}

interface ListToolbarProps {
  /** Names the toolbar's search landmark, e.g. "Filter resource groups". */
  label: string
  search: ListSearchProps
  /** The list's own filters, e.g. `ListFilter`s. */
  children?: ReactNode
  /** Offers "Clear filters"; pass it only while a filter is set. */
  onClear?: () => void
}

/**
 * The row above a list: its search box, its filters, and "Clear filters" while any is set. The list keeps all of
 * it in its URL (`useListParams`).
 */
export function ListToolbar({ label, search, children, onClear }: ListToolbarProps) {
  const { t } = useTranslation()
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={label}>
      <ListSearch {...search} />
      {children}
      {onClear && (
        <Button variant="subtle" onClick={onClear}>
          {t('common:actions.clearFilters')}
        </Button>
      )}
    </Group>
  )
}

interface ListFilterProps {
  label: string
  /** What the cleared filter says, e.g. "Any". */
  anyLabel: string
  value: string | null
  onChange: (value: string | null) => void
  options: Array<{ value: string; label: string }>
}

/** A filter of fixed choices; clearing it shows every row again. */
export function ListFilter({ label, anyLabel, value, onChange, options }: ListFilterProps) {
  return (
    <Select
      label={label}
      placeholder={anyLabel}
      clearable
      value={value}
      onChange={onChange}
      data={options}
      w={200}
    />
  )
}

interface CountedListProps {
  /** How many rows are shown, e.g. "3 policies"; read out when it changes. */
  count: string
  children: ReactNode
}

/** A list with its count line above it. */
export function CountedList({ count, children }: CountedListProps) {
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {count}
      </Text>
      {children}
    </Stack>
  )
}
