import type { ReactNode } from 'react'
import { Box, Button, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchText, type SearchText } from '../../lib/url/use-search-text'
import { CollapsibleFilters } from '../table-room/collapsible-filters'

interface ListSearchProps {
  label: string
  placeholder: string
  /** The box's text and its writes, from `useSearchText`. */
  search: SearchText
  /** The box's width (it never grows past its row). */
  width?: number
  'data-testid'?: string
}

/**
 * The search box above a list. What is typed shows at once; the list gets it after a pause in typing, on Enter,
 * or when the box is left (`useSearchText`, where the list's URL write is debounced).
 */
export function ListSearch({ label, placeholder, search, width = 360, ...rest }: ListSearchProps) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={search.text}
      onChange={(event) => search.change(event.currentTarget.value)}
      onBlur={search.flush}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search.flush()
      }}
      w={width}
      maw="100%"
      data-testid={rest['data-testid']}
    />
  )
}

interface ListToolbarProps {
  /** Names the toolbar's search landmark, e.g. "Filter resource groups". */
  label: string
  search: {
    label: string
    placeholder: string
    /** The list's search text (in its URL). */
    value: string
    /** Writes the list's search text; called after a pause in typing, not on every keystroke. */
    onChange: (value: string) => void
  }
  /** The list's own filters, e.g. `ListFilter`s. */
  children?: ReactNode
  /** Offers "Clear filters"; pass it only while a filter is set. */
  onClear?: () => void
  /** How many of `children` are set: a phone folds them behind a "Filters (n set)" button. */
  activeFilters?: number
}

/**
 * The row above a list: its search box, its filters, and "Clear filters" while any is set. The list keeps all of
 * it in its URL (`useListParams`). On a phone the filters fold behind a button, as the jobs page's do; the
 * search box stays.
 */
export function ListToolbar({ label, search, children, onClear, activeFilters = 0 }: ListToolbarProps) {
  const { t } = useTranslation()
  const text = useSearchText(search.value, search.onChange)
  return (
    <Box role="search" aria-label={label}>
      <CollapsibleFilters
        lead={<ListSearch label={search.label} placeholder={search.placeholder} search={text} />}
        active={activeFilters}
        foldBelow="narrow"
      >
        {children}
        {onClear && (
          <Button
            variant="subtle"
            onClick={() => {
              text.reset('')
              onClear()
            }}
          >
            {t('common:actions.clearFilters')}
          </Button>
        )}
      </CollapsibleFilters>
    </Box>
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
