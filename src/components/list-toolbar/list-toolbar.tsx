import type { ReactNode } from 'react'
import { Stack, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'

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
