import { Group, MultiSelect, Select } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

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

/** A report's resource group filter: `extra` choices (e.g. "No group") first, then the groups its rows name. */
export function GroupFilter({
  value,
  names,
  onChange,
  extra = [],
}: {
  value: string | null
  names: readonly string[]
  onChange: (value: string | null) => void
  extra?: Option[]
}) {
  const { t } = useTranslation('reports')
  return (
    <ChoiceFilter
      label={t('filters.group')}
      anyLabel={t('filters.anyGroup')}
      value={value}
      options={[...extra, ...names.map((name) => ({ value: name, label: name }))]}
      onChange={onChange}
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
