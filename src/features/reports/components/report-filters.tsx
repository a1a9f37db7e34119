import { Group, MultiSelect, Select } from '@mantine/core'
import type { ReactNode } from 'react'

interface Option {
  value: string
  label: string
}

/** One choice among options; clearing it means "any". */
export function ChoiceFilter({
  label,
  value,
  options,
  onChange,
  anyLabel,
}: {
  label: string
  value: string | null
  options: Option[]
  onChange: (value: string | null) => void
  /** Placeholder when nothing is chosen; omit for a filter that always has a value. */
  anyLabel?: string
}) {
  return (
    <Select
      label={label}
      data={options}
      value={value}
      onChange={onChange}
      placeholder={anyLabel}
      clearable={anyLabel !== undefined}
      allowDeselect={anyLabel !== undefined}
      searchable={options.length > 8}
      w={220}
      comboboxProps={{ withinPortal: true }}
    />
  )
}

/** Several choices among options; none chosen means "any". */
export function MultiChoiceFilter({
  label,
  value,
  options,
  onChange,
  anyLabel,
}: {
  label: string
  value: string[]
  options: Option[]
  onChange: (value: string[]) => void
  anyLabel: string
}) {
  return (
    <MultiSelect
      label={label}
      data={options}
      value={value}
      onChange={onChange}
      placeholder={value.length ? undefined : anyLabel}
      clearable
      w={280}
      comboboxProps={{ withinPortal: true }}
    />
  )
}

/** The filters of a report, side by side. */
export function FilterRow({ children }: { children: ReactNode }) {
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      {children}
    </Group>
  )
}
